package org.sourcewise.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An article's choice of what generated questions reach students: with {@code trustedOpen}, those the engine is
 * sure of ({@link ReviewCheck} null) reach them before a teacher's accept; without it only accepted ones do.
 */
@Entity
class BankPolicy {

    /** Until a teacher chooses, the questions the engine is sure of reach students, as before review existed. */
    static final boolean DEFAULT_TRUSTED_OPEN = true;

    @Id
    private long articleId;

    private boolean trustedOpen;
    private String changedBy;
    private Instant changedAt;

    protected BankPolicy() {
    }

    BankPolicy(long articleId, boolean trustedOpen, String changedBy) {
        this.articleId = articleId;
        change(trustedOpen, changedBy);
    }

    void change(boolean trustedOpen, String changedBy) {
        this.trustedOpen = trustedOpen;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }

    boolean isTrustedOpen() {
        return trustedOpen;
    }
}
