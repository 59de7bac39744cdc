package org.sourcewise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context the tests that speak HTTP share: {@link SourcewiseSpringTest}'s app on a real server at a random port,
 * with a first admin to sign in as: head, with the password "a long admin password". Like that one it is built once per run for every class that
 * adds nothing to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sourcewise.admin.username=head", "sourcewise.admin.password=a long admin password"})
@ActiveProfiles("test")
public @interface SourcewiseServerTest {}
