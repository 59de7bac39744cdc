package org.sourcewise.account;

/**
 * A teacher's or admin's account as an admin sees it in the list of staff: whether it may sign in, and whether its
 * owner has yet to choose their own password.
 */
public record StaffAccount(
        long id, String username, String displayName, String role, boolean active, boolean mustChangePassword) {}
