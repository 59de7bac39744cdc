package org.sourcewise.practice;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.common.InsertedOnce;

/** A student's answer to one question of an attempt, saved the moment it is given. */
@Entity
class AttemptAnswer implements InsertedOnce<AttemptAnswer.Key> {

    @Embeddable
    record Key(long attemptId, int position) {}

    @EmbeddedId
    private Key key;

    private String response;
    private @Nullable String responseText;
    private boolean correct;
    private Instant answeredAt;

    protected AttemptAnswer() {}

    AttemptAnswer(long attemptId, int position, Response response, boolean correct) {
        this.key = new Key(attemptId, position);
        this.response = response.chosen().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.responseText = response.typed().isEmpty() ? null : response.typed();
        this.correct = correct;
        this.answeredAt = Instant.now();
    }

    @Override
    public Key getId() {
        return key;
    }

    int getPosition() {
        return key.position();
    }

    Response getResponse() {
        List<Integer> chosen = response.isEmpty()
                ? List.of()
                : Arrays.stream(response.split(",")).map(Integer::valueOf).toList();
        return new Response(chosen, responseText == null ? "" : responseText);
    }

    boolean isCorrect() {
        return correct;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
