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

    private long sessionId;

    private String nickname;
    private @Nullable Long accountId;
    private @Nullable Long attemptId;
    private boolean removed;
    /** What the participant's browser keeps to act in the session; empty for seats taken before it was stored. */
    private @Nullable String seatToken;
    /** A hash of the address the join came from, to limit joins per address on every node together. */
    @SuppressWarnings("UnusedVariable") // counted in the database by a query; the app never reads it back
    private @Nullable String joinAddress;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant joinedAt;

    @Version
    private long version;

    protected LiveParticipant() {}

    LiveParticipant(
            long sessionId,
            String nickname,
            @Nullable Long accountId,
            @Nullable Long attemptId,
            String seatToken,
            String joinAddress,
            Instant joinedAt) {
        this.sessionId = sessionId;
        this.nickname = nickname;
        this.accountId = accountId;
        this.attemptId = attemptId;
        this.seatToken = seatToken;
        this.joinAddress = joinAddress;
        this.joinedAt = joinedAt;
    }

    void remove() {
        removed = true;
    }

    Long getId() {
        return id;
    }

    long getSessionId() {
        return sessionId;
    }

    String getSeatToken() {
        return seatToken == null ? "" : seatToken;
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
