package org.sourcewise;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Switches who is signed in within one test, for tests that need several people in turn; {@link SignInPerTest} signs
 * out after each.
 */
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

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
