package org.sourcewise;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.security.Roles;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Switches who is signed in within one test, for tests that need several people in turn. */
public final class SignedIn {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private SignedIn() {}

    public static void as(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** Signs in as a new teacher with a real account, for services that record who decided something. */
    public static void asNewTeacher(AccountService accounts) {
        String name = "reviewing teacher " + NEXT.incrementAndGet();
        as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount(name, "Reviewing teacher", "a long enough password", Roles.TEACHER));
        as(name, Roles.TEACHER);
    }

    /**
     * Makes this context's security-context strategy the global one, for a test whose context may have been started
     * before other tests' contexts (each sets the global strategy to its own); returns the one it replaced, for
     * {@link #giveBack}.
     */
    public static SecurityContextHolderStrategy throughContextOf(ApplicationContext context) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        return before;
    }

    /** Signs out and puts back the strategy {@link #throughContextOf} replaced, for the tests after on other contexts. */
    public static void giveBack(SecurityContextHolderStrategy before) {
        nobody();
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
