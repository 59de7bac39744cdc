package org.sourcewise.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.sourcewise.postgres.TestPostgres;

/**
 * A database of its own on the test JVM's real PostgreSQL ({@link TestPostgres}) for packaged nodes to share, as
 * several nodes of a deployment share one: each node is given it through the environment the README documents.
 */
final class SharedPostgres {

    private final String url;

    private SharedPostgres(String url) {
        this.url = url;
    }

    /** An empty database: Flyway makes the schema when the first node starts, as on a new deployment. */
    static SharedPostgres newDatabase() {
        return new SharedPostgres(TestPostgres.newDatabase());
    }

    /** What a node needs to run on this database instead of H2 in its data folder. */
    Map<String, String> environment() {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                url,
                "SPRING_DATASOURCE_USERNAME",
                TestPostgres.USER,
                // The embedded server trusts local connections; an empty password replaces H2's default user's.
                "SPRING_DATASOURCE_PASSWORD",
                "");
    }

    /** One number from the database, read while the nodes run: PostgreSQL, unlike H2's files, serves many. */
    int count(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(url);
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
