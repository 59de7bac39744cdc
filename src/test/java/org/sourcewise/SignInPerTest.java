package org.sourcewise;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Spring test of the suite (registered in META-INF/spring.factories) starts and ends signed out, and signs in
 * where its own context's services read. Each context has its own security-context strategy (Vaadin's), and the
 * context started last makes its own the global one that {@link SignedIn} and {@code @WithMockUser} write to; with the
 * shared context and a few others cached side by side, the last one started is often not the test's.
 */
public final class SignInPerTest implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // Before WithSecurityContextTestExecutionListener (10000) puts a @WithMockUser in the strategy.
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SecurityContextHolder.clearContext();
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        SecurityContextHolder.clearContext();
    }
}
