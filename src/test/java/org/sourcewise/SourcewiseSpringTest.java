package org.sourcewise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Spring context the suite shares: the whole app with the test profile, on an in-memory H2 of its own with the
 * seeds and quiz files loaded. Spring caches a context by its configuration, so every class that takes this one and
 * adds nothing to it runs on one context, built once per run. Such a class therefore never counts on a table being
 * empty (it counts what it adds) and deletes what would get in other classes' way. A class that needs other settings
 * adds them beside this annotation and says why, since each different configuration builds a context of its own;
 * {@link SignInPerTest} signs each test in and out on its own context, whichever started last.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
public @interface SourcewiseSpringTest {}
