package org.sourcewise.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wrong guesses of every {@link GuessThrottle}, in table {@code guess_count} (migration V27), so that all nodes
 * sharing the database count them together. Each change commits in a transaction of its own: a wrong code is usually
 * followed by a refusal that rolls back the caller's transaction, and the count must outlive it.
 */
@Component
public class GuessCounts {

    /** The key column's width: no sign-in name or address is longer, so a longer typed name is cut, not refused. */
    private static final int KEY_LENGTH = 200;

    /** One key's wrong guesses, the last of them at {@code last}. */
    public record Count(String key, int wrong, Instant last) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    GuessCounts(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts one more wrong guess of the key at {@code now}, starting again from one when its last was at or before
     * {@code forgetBefore}; the count it now has. Two nodes counting a new key at once both count: the one whose
     * insert loses to the other's adds to it instead.
     */
    int failed(String kind, String key, Instant now, Instant forgetBefore) {
        String cut = cut(key);
        Optional<Integer> added = addTo(kind, cut, now, forgetBefore);
        if (added.isPresent()) {
            return added.get();
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into guess_count (kind, guess_key, wrong, last_wrong_at) values (?, ?, 1, ?)")
                    .params(kind, cut, at(now))
                    .update());
            return 1;
        } catch (DuplicateKeyException insertedByAnotherNode) {
            return addTo(kind, cut, now, forgetBefore)
                    .orElseThrow(() -> new IllegalStateException("the guess count of a key vanished while counted"));
        }
    }

    private Optional<Integer> addTo(String kind, String key, Instant now, Instant forgetBefore) {
        return ownTransaction.execute(status -> {
            int updated = jdbc.sql("update guess_count set wrong = case when last_wrong_at <= ? then 1 else wrong + 1"
                            + " end, last_wrong_at = ? where kind = ? and guess_key = ?")
                    .params(at(forgetBefore), at(now), kind, key)
                    .update();
            if (updated == 0) {
                return Optional.empty();
            }
            return jdbc.sql("select wrong from guess_count where kind = ? and guess_key = ?")
                    .params(kind, key)
                    .query(Integer.class)
                    .optional();
        });
    }

    /** The key's count, unless its last wrong guess was at or before {@code forgetBefore}. */
    Optional<Count> current(String kind, String key, Instant forgetBefore) {
        return jdbc.sql("select guess_key, wrong, last_wrong_at from guess_count"
                        + " where kind = ? and guess_key = ? and last_wrong_at > ?")
                .params(kind, cut(key), at(forgetBefore))
                .query(GuessCounts::count)
                .optional();
    }

    /** The keys with at least {@code wrong} guesses not yet forgotten. */
    List<Count> atLeast(String kind, int wrong, Instant forgetBefore) {
        return jdbc.sql("select guess_key, wrong, last_wrong_at from guess_count"
                        + " where kind = ? and wrong >= ? and last_wrong_at > ? order by guess_key")
                .params(kind, wrong, at(forgetBefore))
                .query(GuessCounts::count)
                .list();
    }

    /** Deletes the key's count; whether it had one not yet forgotten (a forgotten one is left for {@link #forget}). */
    boolean clear(String kind, String key, Instant forgetBefore) {
        return ownTransaction.execute(status -> jdbc.sql(
                                "delete from guess_count where kind = ? and guess_key = ? and last_wrong_at > ?")
                        .params(kind, cut(key), at(forgetBefore))
                        .update())
                > 0;
    }

    /** Deletes the counts of the kind whose last wrong guess was at or before {@code forgetBefore}. */
    void forget(String kind, Instant forgetBefore) {
        ownTransaction.executeWithoutResult(
                status -> jdbc.sql("delete from guess_count where kind = ? and last_wrong_at <= ?")
                        .params(kind, at(forgetBefore))
                        .update());
    }

    private static Count count(ResultSet row, int n) throws SQLException {
        return new Count(
                row.getString("guess_key"),
                row.getInt("wrong"),
                row.getObject("last_wrong_at", OffsetDateTime.class).toInstant());
    }

    /** PostgreSQL's driver takes an offset time, not an instant. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String key) {
        String whole = key == null ? "" : key;
        return whole.length() <= KEY_LENGTH ? whole : whole.substring(0, KEY_LENGTH);
    }
}
