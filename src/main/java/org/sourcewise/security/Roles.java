package org.sourcewise.security;

/** The roles of Sourcewise, named once so that views and services cannot misspell them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String TEACHER = "TEACHER";
    public static final String STUDENT = "STUDENT";

    /** For {@code @PreAuthorize}: teachers and admins, who may see answer keys and what the engine found. */
    public static final String STAFF = "hasAnyRole('" + TEACHER + "', '" + ADMIN + "')";

    private Roles() {
    }
}
