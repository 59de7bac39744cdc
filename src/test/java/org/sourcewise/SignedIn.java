package org.sourcewise;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Switches who is signed in within one test, for tests that need several people in turn. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
