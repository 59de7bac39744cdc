package org.sourcewise.account;

/** What the signed-in person's account lets them do now. */
public enum AccountState {
    /** Go on as they wish. */
    ACTIVE,
    /** Choose their own password before anything else: the one they have was handed to them. */
    MUST_CHANGE_PASSWORD,
    /** Nothing: an admin deactivated the account, so its session ends. */
    DEACTIVATED
}
