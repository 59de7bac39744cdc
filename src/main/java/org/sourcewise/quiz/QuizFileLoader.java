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
import org.sourcewise.quiz.gift.Gift;
import org.sourcewise.quiz.gift.GiftError;
import org.sourcewise.quiz.gift.GiftQuestion;
import org.sourcewise.quiz.gift.GiftQuiz;
import org.sourcewise.quiz.gift.GiftSyntaxException;
import org.sourcewise.quiz.gift.QuestionKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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

    QuizFileLoader(ResourcePatternResolver resolver, @Value("${sourcewise.quizzes.location}") String location,
                   ArticleService articles, BankQuestions bank, QuizRepository quizzes, TransactionTemplate transaction,
                   QuizFileProblems problems, StartupLock lock) {
        this.resolver = resolver;
        this.location = location;
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

    /** Loads the files one by one, adding each one's problems to found; how many loaded whole. */
    private int loadEach(Resource[] files, List<String> found) {
        int loaded = 0;
        for (Resource file : files) {
            List<String> fileProblems = loadAlone(FOLDER + file.getFilename(), file);
            loaded += fileProblems.isEmpty() ? 1 : 0;
            found.addAll(fileProblems);
        }
        return loaded;
    }

    /** One file that fails in a way nobody foresaw is reported like a mistake in it; the next file still loads. */
    private List<String> loadAlone(String name, Resource file) {
        try {
            return load(name, file);
        } catch (RuntimeException e) {
            return List.of(name + ": the file could not be loaded (" + e.getMessage() + ")");
        }
    }

    /** Loads one file; the problems found, each starting with the file's name (none when it loaded whole). */
    List<String> load(String name, Resource file) {
        GiftQuiz quiz;
        try {
            // Read no further than one byte past what the parser accepts, so a huge file is refused, not held in memory.
            try (InputStream in = file.getInputStream()) {
                quiz = Gift.parse(in.readNBytes(Gift.MAX_FILE_BYTES + 1));
            }
        } catch (GiftSyntaxException e) {
            return e.errors().stream().map(error -> at(name, error)).toList();
        } catch (IOException e) {
            return List.of(name + ": the file could not be read (" + e.getMessage() + ")");
        }
        Optional<String> articleFile = quiz.article().map(path -> path.substring(path.lastIndexOf('/') + 1));
        if (articleFile.isEmpty()) {
            return List.of(name + ":1:1: the file must name its article in a first comment such as"
                    + " // article: seeds/003_c69a83af02cbb3b2.txt");
        }
        Optional<ArticleForAnalysis> article = articles.findSeed(articleFile.get());
        if (article.isEmpty()) {
            return List.of(name + ":1:1: no seed article is called " + articleFile.get());
        }
        List<String> skipped = new ArrayList<>();
        List<GiftQuestion> askable = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuestionKind kind = quiz.questions().get(i).kind();
            if (kind instanceof QuestionKind.Essay || kind instanceof QuestionKind.Description) {
                skipped.add(name + ": question " + (i + 1) + " was left out: "
                        + (kind instanceof QuestionKind.Essay ? "essays need a teacher to mark them"
                        : "a description asks nothing"));
            } else {
                askable.add(quiz.questions().get(i));
            }
        }
        if (askable.isEmpty()) {
            skipped.add(name + ": the file has no question students can answer here");
            return skipped;
        }
        String title = quiz.title().orElse(name);
        transaction.executeWithoutResult(status -> {
            List<Long> ids = bank.storeFromFile(name, article.get().id(), article.get().text().text(), askable);
            QuizDraft draft = new QuizDraft(title, ids, QuizSettings.DEFAULT);
            quizzes.findBySourceFile(name).ifPresentOrElse(existing -> existing.change(draft),
                    () -> quizzes.save(Quiz.fromFile(name, draft)));
        });
        return skipped;
    }

    private static String at(String name, GiftError error) {
        return name + ":" + error.line() + ":" + error.column() + ": " + error.message();
    }
}
