package org.sourcewise.practice;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quiz.QuizSettings;

/**
 * An attempt as its student plays or reviews it, with the settings of its quiz (defaults for practice);
 * {@code practiceArticleId} is the article of a free-practice set, null for a quiz.
 */
public record AttemptState(
        long id,
        String title,
        List<PlayerQuestion> questions,
        boolean finished,
        QuizSettings settings,
        @Nullable Long practiceArticleId) {

    public AttemptState {
        questions = List.copyOf(questions);
    }

    public long rightAnswers() {
        return questions.stream()
                .filter(q -> q.marking() != null
                        && q.marking().revealed()
                        && q.marking().correct())
                .count();
    }

    /**
     * The attempt once the answer to the question at {@code position} is saved with this marking; the last answer
     * finishes an attempt (questions that cannot be shown are passed), as the service records it.
     */
    public AttemptState answered(int position, Marking marking) {
        List<PlayerQuestion> updated = new ArrayList<>(questions);
        PlayerQuestion question = updated.get(position);
        updated.set(position, question.with(marking));
        return new AttemptState(
                id, title, updated, updated.stream().allMatch(PlayerQuestion::done), settings, practiceArticleId);
    }

    /** The questions the student can answer: all but those that can no longer be shown. */
    public List<PlayerQuestion> available() {
        return questions.stream().filter(PlayerQuestion::available).toList();
    }

    public long answeredCount() {
        return questions.stream().filter(PlayerQuestion::answered).count();
    }
}
