package org.sourcewise.security;

import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who called a service method whose access rule lets only a signed-in caller in. */
public final class SignedIn {

    private SignedIn() {}

    public static Authentication authentication() {
        return Objects.requireNonNull(
                SecurityContextHolder.getContext().getAuthentication(), "the method's access rule lets no one else in");
    }
}
