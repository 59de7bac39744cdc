package org.sourcewise.quiz;

import java.nio.file.Path;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.cluster.StartupLock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The app's quiz folder loaded again as at start, or a loader of another folder on the app's beans. */
public final class QuizFolder {

    private QuizFolder() {}

    /** For tests outside this package that drop files into the app's quiz folder. */
    public static void reload(ApplicationContext context) {
        context.getBean(QuizFileLoader.class).loadAll();
    }

    /** A loader of this folder as the app's is of quizzes/, keeping its problems in these. */
    static QuizFileLoader loaderOf(ApplicationContext context, Path folder, QuizFileProblems problems) {
        return new QuizFileLoader(
                context,
                new QuizFolderSettings(folder.toUri().toString()),
                context.getBean(ArticleService.class),
                context.getBean(BankQuestions.class),
                context.getBean(QuizRepository.class),
                context.getBean(TransactionTemplate.class),
                problems,
                context.getBean(StartupLock.class));
    }
}
