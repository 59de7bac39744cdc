package org.sourcewise.quiz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** What went wrong loading quizzes/ at this start, kept for the staff's quiz page until the next start. */
@Component
class QuizFileProblems {

    private final List<String> problems = new CopyOnWriteArrayList<>();

    void replaceWith(List<String> found) {
        problems.clear();
        problems.addAll(found);
    }

    List<String> all() {
        return List.copyOf(problems);
    }
}
