package org.sourcewise.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time run a start-up job (seed loading, quiz files) when several nodes share one database and
 * start together. The lock is a row of {@code startup_lock} held with {@code SELECT ... FOR UPDATE}, which H2 and
 * PostgreSQL both honour, on a connection of its own: the job's own transactions commit one by one on other
 * connections, so one bad item still never undoes the others, while a second node waits until the whole job is
 * done. A node that dies holding the lock loses its connection, and the database releases the row with it.
 */
@Component
public class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** H2 gives up on a row lock after a second by default, PostgreSQL when lock_timeout is set: wait on then. */
    private static final Set<String> LOCK_TIMED_OUT = Set.of("HYT00", "55P03");

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the job while holding its lock, waiting first for any other node that holds it; returns what it gives. */
    public <T> T whileHolding(StartupJob job, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection, job);
                return work.get();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException(
                    "the start-up lock '" + job.lockName() + "' could not be taken: " + e.getMessage(), e);
        }
    }

    private static void lock(Connection connection, StartupJob job) throws SQLException {
        Instant giveUp = Instant.now().plus(LONGEST_WAIT);
        while (true) {
            try {
                selectForUpdate(connection, job);
                return;
            } catch (SQLException e) {
                if (!LOCK_TIMED_OUT.contains(e.getSQLState()) || Instant.now().isAfter(giveUp)) {
                    throw e;
                }
                connection.rollback();
                log.info("Another node is running the start-up job '{}'; waiting for it", job.lockName());
            }
        }
    }

    private static void selectForUpdate(Connection connection, StartupJob job) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select name from startup_lock where name = ? for update")) {
            select.setString(1, job.lockName());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the database has no start-up lock '" + job.lockName()
                            + "'; its migrations should have made it");
                }
            }
        }
    }
}
