package org.sourcewise.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.article.ArticleForAnalysis;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.cluster.StartupJob;
import org.sourcewise.cluster.StartupLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the hand-written quizzes in quizzes/ at start, after the seed articles: each GIFT file becomes a quiz
 * that every teacher may assign, its questions own questions of the article its header names. A file with a
 * mistake is skipped with every mistake logged at its line and column and listed for the staff; it never stops
 * the app from starting. Loading again after a restart changes only what the files changed. Nodes that share a
 * database load one after another (StartupLock), so a file's quiz and questions exist once however many start
 * together.
 */
@Component
@EnableConfigurationProperties(QuizFolderSettings.class)
class QuizFileLoader {

    private static final Logger log = LoggerFactory.getLogger(QuizFileLoader.class);
    private static final String FOLDER = "quizzes/";

    private final ResourcePatternResolver resolver;
    private final String location;
    private final ArticleService articles;
    private final BankQuestions bank;
    private final QuizRepository quizzes;
    private final TransactionTemplate transaction;
    private final QuizFileProblems problems;
    private final StartupLock lock;

    QuizFileLoader(
            ResourcePatternResolver resolver,
            QuizFolderSettings folder,
            ArticleService articles,
            BankQuestions bank,
            QuizRepository quizzes,
            TransactionTemplate transaction,
            QuizFileProblems problems,
            StartupLock lock) {
        this.resolver = resolver;
        this.location = folder.location();
        this.articles = articles;
        this.bank = bank;
        this.quizzes = quizzes;
        this.transaction = transaction;
        this.problems = problems;
        this.lock = lock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAll() {
        List<String> found = new ArrayList<>();
        int loaded = 0;
        try {
            Resource[] files = resolver.getResources(location + "*.gift");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            loaded = lock.whileHolding(StartupJob.QUIZ_FILES, () -> loadEach(files, found));
        } catch (IOException | RuntimeException e) {
            log.error("Quiz files in {} could not be read", location, e);
            found.add(location + ": the quiz folder could not be read (" + e.getMessage() + ")");
        }
        found.forEach(problem -> log.warn("Quiz file problem: {}", problem));
        log.info("Quiz files: {} loaded, {} problem(s)", loaded, found.size());
        problems.replaceWith(found);
    }

    /** Loads the files one by one, adding each one's problems to found; how many loaded. */
    private int loadEach(Resource[] files, List<String> found) {
        int loaded = 0;
        for (Resource file : files) {
            String name = FOLDER + file.getFilename();
            QuizFileCheck<ArticleForAnalysis> check = loadAlone(name, file);
            loaded += check.loads() ? 1 : 0;
            found.addAll(check.problems());
        }
        return loaded;
    }

    /** One file that fails in a way nobody foresaw is reported like a mistake in it; the next file still loads. */
    private QuizFileCheck<ArticleForAnalysis> loadAlone(String name, Resource file) {
        try {
            return load(name, file);
        } catch (IOException | RuntimeException e) {
            return new QuizFileCheck<>(
                    List.of(name + ": the file could not be loaded (" + e.getMessage() + ")"), Optional.empty());
        }
    }

    /** Loads one file, when QuizFileRules let it, in one transaction: its questions and its quiz, or nothing. */
    QuizFileCheck<ArticleForAnalysis> load(String name, Resource file) throws IOException {
        QuizFileCheck<ArticleForAnalysis> check;
        try (InputStream in = file.getInputStream()) {
            check = QuizFileRules.check(name, in, articles::findSeed);
        }
        check.contents()
                .ifPresent(contents -> transaction.executeWithoutResult(status -> {
                    ArticleForAnalysis article = contents.article();
                    List<Long> ids = bank.storeFromFile(
                            name, article.id(), article.text().text(), contents.questions());
                    QuizDraft draft = new QuizDraft(contents.title(), ids, QuizSettings.DEFAULT);
                    quizzes.findBySourceFile(name)
                            .ifPresentOrElse(
                                    existing -> existing.change(draft), () -> quizzes.save(Quiz.fromFile(name, draft)));
                }));
        return check;
    }
}
