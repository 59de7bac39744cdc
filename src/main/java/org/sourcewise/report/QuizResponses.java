package org.sourcewise.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a class answered to one quiz, for its teacher's report: the questions with their keys, and for each
 * student of the class their latest attempt's answers by question position (null where not answered).
 */
public record QuizResponses(String quizTitle, List<Item> questions, List<Student> students) {

    public QuizResponses {
        questions = List.copyOf(questions);
        students = List.copyOf(students);
    }

    /**
     * A question as the report shows it: {@code title} names it in a few words (its kind and the claim's first
     * words), {@code choices} and {@code key} are its choices and right answer in words, for the questions' CSV.
     */
    public record Item(int position, String title, String stem, String choices, String key) {

        public Item {
            title = Objects.requireNonNullElse(title, "");
            choices = Objects.requireNonNullElse(choices, "");
            key = Objects.requireNonNullElse(key, "");
        }

        /** A question known by its text alone. */
        public Item(int position, String stem) {
            this(position, stem, stem, "", "");
        }
    }

    /** One student's answers by question position; an element is null where the student gave no answer. */
    public record Student(String name, List<@Nullable Response> responses) {

        public Student {
            responses = Collections.unmodifiableList(new ArrayList<>(responses));
        }

        public boolean started() {
            return responses.stream().anyMatch(Objects::nonNull);
        }

        public int right() {
            return (int)
                    responses.stream().filter(r -> r != null && r.correct()).count();
        }
    }

    /**
     * An answer in words, as the student's own review shows it; when it was given and the time spent on it (since
     * the answer before, or the attempt's start; a break over five minutes counts as five), null when not known.
     */
    public record Response(
            String given,
            boolean correct,
            @Nullable Instant answeredAt,
            @Nullable Duration spent) {

        public Response(String given, boolean correct) {
            this(given, correct, null, null);
        }
    }
}
