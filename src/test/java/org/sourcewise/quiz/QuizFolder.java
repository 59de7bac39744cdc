package org.sourcewise.quiz;

import org.springframework.context.ApplicationContext;

/** Loads the quiz folder again as at start, for tests outside this package that drop files into it. */
public final class QuizFolder {

    private QuizFolder() {}

    public static void reload(ApplicationContext context) {
        context.getBean(QuizFileLoader.class).loadAll();
    }
}
