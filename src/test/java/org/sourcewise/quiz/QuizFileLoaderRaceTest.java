package org.sourcewise.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.cluster.Nodes;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.QuestionKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two nodes that start at the same moment on one database, each loading the same new quiz files as at start. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class QuizFileLoaderRaceTest {

    private static final String RACE = "race-";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuizRepository repository;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    private Path folder;

    /** Every teacher sees the quizzes of files, so the race's copies go again, with the questions only they hold. */
    @AfterEach
    void deleteTheRaceQuizzes() {
        String race = "(select id from quiz where source_file like 'quizzes/" + RACE + "%')";
        List<Long> questions =
                jdbc.queryForList("select question_id from quiz_question where quiz_id in " + race, Long.class);
        jdbc.update("delete from quiz where id in " + race);
        questions.forEach(id -> jdbc.update("delete from bank_question where id = ?", id));
    }

    private Callable<Void> node(QuizFileProblems problems) {
        QuizFileLoader loader = QuizFolder.loaderOf(context, folder, problems);
        return () -> {
            loader.loadAll();
            return null;
        };
    }

    /** The project's quiz files under new names, so that they are new to the database. */
    private List<Path> newQuizFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("quizzes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".gift")).toList()) {
                Files.copy(file, folder.resolve(RACE + file.getFileName()));
            }
        }
        try (Stream<Path> copies = Files.list(folder)) {
            return copies.sorted().toList();
        }
    }

    private static long askable(Path file) throws IOException {
        return Gift.parse(Files.readString(file)).questions().stream()
                .filter(q -> !(q.kind() instanceof QuestionKind.Essay || q.kind() instanceof QuestionKind.Description))
                .count();
    }

    private long ownQuestionsFromFiles() {
        return jdbc.queryForObject("select count(*) from bank_question where origin_key like 'file-%'", Long.class);
    }

    private long questionsOfQuiz(String sourceFile) {
        return context.getBean(TransactionTemplate.class).execute(status -> (long) repository
                .findBySourceFile(sourceFile)
                .orElseThrow()
                .getQuestionIds()
                .size());
    }

    @Test
    void twoNodesStartingTogetherBothLoadEveryFileWithoutProblemsAndMakeEachQuizOnce() throws Exception {
        List<Path> files = newQuizFiles();
        long questionsBefore = ownQuestionsFromFiles();
        QuizFileProblems first = new QuizFileProblems();
        QuizFileProblems second = new QuizFileProblems();

        Nodes.startTogether(List.of(node(first), node(second)));

        assertThat(first.all()).isEmpty();
        assertThat(second.all()).isEmpty();
        long questions = 0;
        for (Path file : files) {
            assertThat(questionsOfQuiz("quizzes/" + file.getFileName()))
                    .as(file.toString())
                    .isEqualTo(askable(file));
            questions += askable(file);
        }
        assertThat(ownQuestionsFromFiles() - questionsBefore)
                .as("each file's questions stored once")
                .isEqualTo(questions);
    }
}
