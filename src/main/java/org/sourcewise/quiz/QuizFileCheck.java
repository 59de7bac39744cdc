package org.sourcewise.quiz;

import java.util.List;
import java.util.Optional;
import org.sourcewise.gift.GiftQuestion;

/**
 * What {@link QuizFileRules} found in one quiz file: the problems to list for the staff, each starting with the
 * file's name, and what loads when the file loads (then the problems are only the questions left out).
 *
 * @param <A> the seed article the file names, as the caller looked it up
 */
public record QuizFileCheck<A>(List<String> problems, Optional<Contents<A>> contents) {

    public QuizFileCheck {
        problems = List.copyOf(problems);
    }

    static <A> QuizFileCheck<A> refused(List<String> problems) {
        return new QuizFileCheck<>(problems, Optional.empty());
    }

    public boolean loads() {
        return contents.isPresent();
    }

    /** The quiz a file makes: its article, its title (the file's name when its header gives none), its questions. */
    public record Contents<A>(A article, String title, List<GiftQuestion> questions) {

        public Contents {
            questions = List.copyOf(questions);
        }
    }
}
