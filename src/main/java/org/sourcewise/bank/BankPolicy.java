package org.sourcewise.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An article's choice of what generated questions reach students: without {@code trustedOpen}, the default, only
 * those a teacher accepted or edited; with it also those the engine is sure of ({@link ReviewCheck} null), the
 * review page's "use all questions above the confidence threshold" (decision 0010).
 */
@Entity
class BankPolicy {

    /** Until a teacher chooses otherwise, a teacher's accept is what lets a generated question reach students. */
    static final boolean DEFAULT_TRUSTED_OPEN = false;

    @Id
    private long articleId;

    private boolean trustedOpen;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private String changedBy;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant changedAt;

    protected BankPolicy() {}

    // change() says who changed it and when
    @SuppressWarnings("NullAway.Init")
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
