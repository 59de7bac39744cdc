package org.sourcewise.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything a class answered to one quiz, for its teacher's report: the questions with their keys, and for each
 * student of the class their latest attempt's answers by question position (null where not answered).
 */
public record QuizResponses(String quizTitle, List<Item> questions, List<Student> students) {

    public QuizResponses {
        questions = List.copyOf(questions);
        students = List.copyOf(students);
    }

    /** A question as the report shows it. */
    public record Item(int position, String stem) {
    }

    /** One student's answers by question position; an element is null where the student gave no answer. */
    public record Student(String name, List<Response> responses) {

        public Student {
            responses = Collections.unmodifiableList(new ArrayList<>(responses));
        }

        public boolean started() {
            return responses.stream().anyMatch(Objects::nonNull);
        }

        public int right() {
            return (int) responses.stream().filter(r -> r != null && r.correct()).count();
        }
    }

    /** An answer in words, as the student's own review shows it. */
    public record Response(String given, boolean correct) {
    }
}
