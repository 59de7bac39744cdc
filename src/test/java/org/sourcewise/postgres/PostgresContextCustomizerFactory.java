package org.sourcewise.postgres;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the PostgreSQL run of the database tests ({@code -Dsourcewise.test.database=postgresql}), points every Spring
 * test context at a fresh database on the embedded PostgreSQL server, in place of H2; in the ordinary run it does
 * nothing. Registered in META-INF/spring.factories, so the tests themselves stay as they are.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestPostgres.wanted() ? new OnPostgres() : null;
    }

    /** Equal to every other, so that contexts are cached exactly as they are on H2. */
    private static final class OnPostgres implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "test-postgresql",
                            Map.of(
                                    "spring.datasource.url", TestPostgres.newDatabase(),
                                    "spring.datasource.username", TestPostgres.USER,
                                    "spring.datasource.password", "",
                                    // @DataJpaTest would otherwise put an embedded H2 in its place
                                    "spring.test.database.replace", "none",
                                    // cached contexts each keep a pool; a few connections each is plenty for the tests
                                    "spring.datasource.hikari.minimum-idle", "1",
                                    "spring.datasource.hikari.maximum-pool-size", "6")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnPostgres;
        }

        @Override
        public int hashCode() {
            return OnPostgres.class.hashCode();
        }
    }
}
