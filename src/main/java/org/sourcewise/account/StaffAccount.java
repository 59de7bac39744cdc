package org.sourcewise.account;

/** A teacher's or admin's account as an admin sees it in the list of staff. */
public record StaffAccount(long id, String username, String displayName, String role) {}
