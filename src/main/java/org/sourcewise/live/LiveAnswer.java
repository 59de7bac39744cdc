package org.sourcewise.live;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcewise.common.InsertedOnce;

/** A participant's answer to one question, saved the moment it is accepted. */
@Entity
@Table(name = "live_answer")
class LiveAnswer implements InsertedOnce<LiveAnswer.Key> {

    @Embeddable
    record Key(long participantId, int position) {}

    @EmbeddedId
    private Key key;

    private int choice;

    private boolean correct;
    private int points;

    private Instant answeredAt;

    protected LiveAnswer() {}

    LiveAnswer(long participantId, int position, int choice, boolean correct, int points, Instant answeredAt) {
        this.key = new Key(participantId, position);
        this.choice = choice;
        this.correct = correct;
        this.points = points;
        this.answeredAt = answeredAt;
    }

    @Override
    public Key getId() {
        return key;
    }

    long getParticipantId() {
        return key.participantId();
    }

    int getPosition() {
        return key.position();
    }

    int getChoice() {
        return choice;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    boolean isCorrect() {
        return correct;
    }

    int getPoints() {
        return points;
    }
}
