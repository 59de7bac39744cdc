package org.sourcewise;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For a test on a context of its own (another profile): signs in through that context's security-context strategy
 * ({@link SignedIn#throughContextOf}) before each test, and signs out and gives the one before back after it, so the
 * tests after it, on other contexts, sign in where their services read.
 */
public final class OwnSecurityStrategy implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OwnSecurityStrategy.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE)
                .put("before", SignedIn.throughContextOf(SpringExtension.getApplicationContext(context)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SignedIn.giveBack(context.getStore(NAMESPACE).get("before", SecurityContextHolderStrategy.class));
    }
}
