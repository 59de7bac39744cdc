package org.sourcewise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sourcewise.cluster.StartupLock;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The JPA slice the repository and loader tests share: the schema and repositories on an embedded database that
 * starts empty (no seeds, no quiz files), and the start-up lock the loaders take. Each test runs in a transaction
 * rolled back after it, unless its class says otherwise; a class that commits deletes what it committed, since the
 * others count on empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(showSql = false)
@Import(StartupLock.class)
public @interface SourcewiseJpaTest {}
