package org.sourcewise.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.practice.PracticeFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;

/** The GIFT files of quizzes/, loaded at start into the real database, and what a bad file does. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class QuizFileLoaderTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuizService quizzes;

    @Autowired
    private QuizFileLoader loader;

    @Autowired
    private QuizRepository repository;

    @BeforeEach
    void signInAsATeacher() {
        PracticeFixture.create(context).asTeacher();
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("quizzes"))) {
            return files.filter(f -> f.toString().endsWith(".gift")).sorted().toList();
        }
    }

    private static List<GiftQuestion> askable(Path file) throws IOException {
        return Gift.parse(Files.readString(file)).questions().stream()
                .filter(q -> !(q.kind() instanceof QuestionKind.Essay || q.kind() instanceof QuestionKind.Description))
                .toList();
    }

    private QuizSummary loaded(Path file) {
        return quizzes.myQuizzes().stream()
                .filter(q -> ("quizzes/" + file.getFileName()).equals(q.sourceFile()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void loadsEveryFileOfQuizzesAtStartAsAQuizEveryTeacherMayUse() throws IOException {
        assertThat(files()).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : files()) {
            assertThat(loaded(file).questionCount())
                    .as(file.toString())
                    .isEqualTo(askable(file).size());
        }
        assertThat(quizzes.fileProblems()).isEmpty();
    }

    @Test
    void exportingALoadedQuizToGiftGivesBackTheFilesQuestions() throws IOException {
        for (Path file : files()) {
            String exported = quizzes.exportGift(loaded(file).id());
            assertThat(Gift.parse(exported).questions()).as(file.toString()).isEqualTo(askable(file));
            assertThat(quizzes.exportMoodleXml(loaded(file).id()))
                    .contains("<quiz>")
                    .contains("matching");
        }
    }

    @Test
    void loadingAFileAgainKeepsItsQuestions() throws IOException {
        Path file = files().getFirst();
        List<Long> before = quizzes.draftOf(loaded(file).id()).questionIds();

        assertThat(loader.load("quizzes/" + file.getFileName(), new ByteArrayResource(Files.readAllBytes(file)))
                        .problems())
                .isEmpty();

        assertThat(quizzes.draftOf(loaded(file).id()).questionIds()).isEqualTo(before);
    }

    @Test
    void aMalformedFileIsReportedAtItsLineAndColumnAndImportsNothing() throws IOException {
        String broken = "// article: seeds/" + firstSeed() + "\n\nWho said it? {=Truss ~Lavrov\n";

        List<String> problems =
                loader.load("quizzes/broken.gift", resource(broken)).problems();

        assertThat(problems).isNotEmpty().allMatch(p -> p.matches("quizzes/broken\\.gift:\\d+:\\d+: .+"));
        assertThat(problems.getFirst()).startsWith("quizzes/broken.gift:3:");
        assertThat(repository.findBySourceFile("quizzes/broken.gift")).isEmpty();
    }

    @Test
    void aFileNamingNoKnownArticleIsReportedAndImportsNothing() throws IOException {
        List<String> problems = loader.load("quizzes/lost.gift", resource("// article: seeds/nowhere.txt\nQ? {T}\n"))
                .problems();

        assertThat(problems).containsExactly("quizzes/lost.gift:1:1: no seed article is called nowhere.txt");
        assertThat(repository.findBySourceFile("quizzes/lost.gift")).isEmpty();
    }

    @Test
    void anEssayIsLeftOutWithAMessageAndTheRestLoads() throws IOException {
        String file = "// article: seeds/" + firstSeed() + "\n\nWhy? {}\n\nTrue? {T}\n";

        List<String> problems =
                loader.load("quizzes/essay.gift", resource(file)).problems();

        assertThat(problems)
                .containsExactly("quizzes/essay.gift: question 1 was left out: essays need a teacher to mark them");
        assertThat(quizzes.myQuizzes())
                .filteredOn(q -> "quizzes/essay.gift".equals(q.sourceFile()))
                .singleElement()
                .extracting(QuizSummary::questionCount)
                .isEqualTo(1);
    }

    @Test
    void aFileWithAHugeQuestionIsReportedAndEveryOtherFileStillLoads(@TempDir Path folder) throws IOException {
        String header = "// article: seeds/" + firstSeed() + "\n\n";
        Files.writeString(folder.resolve("a-huge.gift"), header + "Who? {=" + "a".repeat(1_500_000) + " ~b}\n");
        Files.writeString(folder.resolve("b-fine.gift"), header + "// title: Fine one\n\nTrue? {T}\n");
        Files.write(
                folder.resolve("c-latin1.gift"), (header + "Où? {=là ~ici}\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("d-fine.gift"), header + "// title: Fine two\n\nFalse? {F}\n");
        QuizFileProblems found = new QuizFileProblems();
        QuizFolder.loaderOf(context, folder, found).loadAll();

        assertThat(found.all())
                .containsExactly(
                        "quizzes/a-huge.gift:1:1: the file has 1,500," + String.format("%03d", header.length() + 12)
                                + " characters; a quiz file may have at most 1,000,000",
                        "quizzes/c-latin1.gift:1:1: the file cannot be read: it is not UTF-8 text; save it again as UTF-8");
        assertThat(repository.findBySourceFile("quizzes/b-fine.gift")).isPresent();
        assertThat(repository.findBySourceFile("quizzes/d-fine.gift")).isPresent();
        assertThat(repository.findBySourceFile("quizzes/a-huge.gift")).isEmpty();
    }

    private static String firstSeed() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            return seeds.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static ByteArrayResource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
