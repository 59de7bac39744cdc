package org.sourcewise.account;

/**
 * A password the app generated for an account, to be handed to its owner once (on paper, say): only its hash is kept,
 * and the owner is asked to choose their own when they first sign in with it.
 */
public record IssuedPassword(long accountId, String password) {}
