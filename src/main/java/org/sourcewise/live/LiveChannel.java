package org.sourcewise.live;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Carries live sessions' changes between the nodes that share one PostgreSQL database, over LISTEN/NOTIFY. A change
 * is sent inside the transaction that writes it, so PostgreSQL delivers it when, and only if, that transaction
 * commits. Each node listens on a connection of its own and hands what it hears, except its own changes, to the
 * receiver; when that connection is lost it connects again and first tells the receiver to read everything anew,
 * since notifications sent meanwhile are lost. On H2 there is one node, so nothing is sent or heard.
 */
@Component
class LiveChannel {

    /** What a node hears: another node's change, or that it may have missed some while the channel was down. */
    interface Receiver extends Consumer<LiveEvent> {
        void resync();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveChannel.class);
    private static final String CHANNEL = "sourcewise_live";
    /** How long the listener waits for a notification before it looks whether it should stop. */
    private static final int WAIT_MS = 1000;

    private final DataSource dataSource;
    private final boolean postgres;
    /** This node's name in what it sends, so that it skips its own changes, which it applied already. */
    private final String node;

    private volatile Receiver receiver = new Receiver() {
        @Override
        public void accept(LiveEvent event) {}

        @Override
        public void resync() {}
    };

    private volatile boolean running = true;
    private volatile @Nullable Thread listener;

    LiveChannel(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = isPostgres(dataSource);
        byte[] name = new byte[6];
        new SecureRandom().nextBytes(name);
        this.node = HexFormat.of().formatHex(name);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the database could not be reached: " + e.getMessage(), e);
        }
    }

    void receiveWith(Receiver receiver) {
        this.receiver = receiver;
    }

    /** Sends the change to the other nodes when the current transaction commits; must run inside it. */
    void send(LiveEvent event) {
        if (!postgres) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, node + " " + event.write());
            notify.execute();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("a live change could not be sent: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        if (!postgres) {
            return;
        }
        Thread thread = new Thread(this::listenWhileRunning, "live-channel");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listenWhileRunning() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                LOG.info("Live sessions: listening to the other nodes' changes");
                receiver.resync();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MS);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            hear(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Live sessions: lost the channel to the other nodes; connecting again in a second", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void hear(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(node)) {
            return;
        }
        try {
            receiver.accept(LiveEvent.read(payload.substring(space + 1)));
        } catch (RuntimeException e) {
            LOG.warn("Live sessions: a change from another node could not be applied: {}", payload, e);
        }
    }
}
