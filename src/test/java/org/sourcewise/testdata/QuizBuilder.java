package org.sourcewise.testdata;

import java.util.List;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.springframework.context.ApplicationContext;

/** A teacher's quiz of bank questions, made and assigned through the real quiz service by the teacher signed in. */
public final class QuizBuilder {

    private final ApplicationContext context;
    private final List<Long> questionIds;
    private String title = "Quiz " + Unique.number();
    private QuizSettings settings = QuizSettings.DEFAULT;
    private Long classroomId;

    private QuizBuilder(ApplicationContext context, List<Long> questionIds) {
        this.context = context;
        this.questionIds = questionIds;
    }

    public static QuizBuilder aQuiz(ApplicationContext context, List<Long> questionIds) {
        return new QuizBuilder(context, questionIds);
    }

    public QuizBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public QuizBuilder settings(QuizSettings settings) {
        this.settings = settings;
        return this;
    }

    public QuizBuilder assignedTo(long classroomId) {
        this.classroomId = classroomId;
        return this;
    }

    /** Returns the quiz's id. */
    public long create() {
        QuizService quizzes = context.getBean(QuizService.class);
        long quizId = quizzes.create(new QuizDraft(title, questionIds, settings));
        if (classroomId != null) {
            quizzes.assign(quizId, classroomId);
        }
        return quizId;
    }
}
