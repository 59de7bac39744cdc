package org.sourcewise;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Gives a test's context a {@link TestClock} for the beans that take a clock, so that its waits need no waiting. */
@TestConfiguration
public class StandingClock {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
