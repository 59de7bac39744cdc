package org.sourcewise.security;

/** The roles of Sourcewise, named once so that views and services cannot misspell them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String TEACHER = "TEACHER";
    public static final String STUDENT = "STUDENT";

    /*
     * The expressions for @PreAuthorize, the only ones services use (ArchitectureTest checks it), so that a rule
     * reads the same wherever it is and a new one is added here, where its meaning is written once.
     */

    /** Teachers and admins, who may see answer keys and what the engine found. */
    public static final String STAFF = "hasAnyRole('" + TEACHER + "', '" + ADMIN + "')";

    /** Teachers only: what belongs to a teacher's own classes, quizzes and sessions. */
    public static final String A_TEACHER = "hasRole('" + TEACHER + "')";

    /** Students only: their own attempts and answers. */
    public static final String A_STUDENT = "hasRole('" + STUDENT + "')";

    /** Admins only: accounts. */
    public static final String AN_ADMIN = "hasRole('" + ADMIN + "')";

    /** Anyone signed in, whatever their role. */
    public static final String SIGNED_IN = "isAuthenticated()";

    /** Anyone, signed in or not: the sign-up and join pages, and start-up jobs that run before anyone signs in. */
    public static final String ANYONE = "permitAll()";

    private Roles() {}
}
