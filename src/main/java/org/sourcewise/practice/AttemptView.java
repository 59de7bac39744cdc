package org.sourcewise.practice;

import java.util.List;

/** An attempt as its student plays or reviews it. */
public record AttemptView(long id, String title, List<PlayerQuestion> questions, boolean finished) {

    public AttemptView {
        questions = List.copyOf(questions);
    }

    public long rightAnswers() {
        return questions.stream().filter(q -> q.answered() && q.marking().correct()).count();
    }

    public long answeredCount() {
        return questions.stream().filter(PlayerQuestion::answered).count();
    }
}
