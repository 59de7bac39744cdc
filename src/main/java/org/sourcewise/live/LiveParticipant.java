package org.sourcewise.live;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who joined a live session, by nickname or with their student account. */
@Entity
@Table(name = "live_participant")
class LiveParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sessionId;
    private String nickname;
    private Long accountId;
    private Long attemptId;
    private boolean removed;
    private Instant joinedAt;

    @Version
    private long version;

    protected LiveParticipant() {}

    LiveParticipant(long sessionId, String nickname, Long accountId, Long attemptId) {
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

    Long getAccountId() {
        return accountId;
    }

    Long getAttemptId() {
        return attemptId;
    }

    boolean isRemoved() {
        return removed;
    }
}
