package org.sourcewise.live;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone who joined a live session, by nickname or with their student account. */
@Entity
@Table(name = "live_participant")
class LiveParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private long sessionId;

    private String nickname;
    private @Nullable Long accountId;
    private @Nullable Long attemptId;
    private boolean removed;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant joinedAt;

    @Version
    private long version;

    protected LiveParticipant() {}

    LiveParticipant(long sessionId, String nickname, @Nullable Long accountId, @Nullable Long attemptId) {
        this.sessionId = sessionId;
        this.nickname = nickname;
        this.accountId = accountId;
        this.attemptId = attemptId;
        this.joinedAt = Instant.now();
    }

    void remove() {
        removed = true;
    }

    Long getId() {
        return id;
    }

    String getNickname() {
        return nickname;
    }

    @Nullable
    Long getAccountId() {
        return accountId;
    }

    @Nullable
    Long getAttemptId() {
        return attemptId;
    }

    boolean isRemoved() {
        return removed;
    }
}
