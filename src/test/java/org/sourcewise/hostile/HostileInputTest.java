package org.sourcewise.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.cli.CheckQuizRun;
import org.sourcewise.quiz.QuizFolder;
import org.sourcewise.quiz.QuizSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every hostile input of the corpus through every way text comes into Sourcewise, on the real views, services and
 * H2: article paste, upload as .txt, .md and .html, the teacher's GIFT question dialog, the quiz folder (beside a good
 * file, which must still load) and check-quiz. Each must end in a clear refusal or a neutral result; no exception may
 * escape, a refusal must leave every table as it was, no value may reach a page as markup, and a student must be able
 * to start and finish an attempt at every question accepted. The figures go to target/hostile-probe.md.
 */
@Tier.Spring
@SourcewiseSpringTest
// The app's quiz folder is one of this class's own (quizFolderLocation), so it has a context of its own; the hostile
// articles and quiz files it leaves there are for no other test, and the context is closed once the class is done.
@DirtiesContext
class HostileInputTest extends ProbingTest {

    private static final Path QUIZ_FOLDER = quizFolder();
    private static final Pattern READING = Pattern.compile("articles/(\\d+)");
    private static final String GOOD_QUIZ = "good.gift";
    private static final AtomicInteger QUIZZES = new AtomicInteger();

    @Autowired
    private ArticleService articles;

    @Autowired
    private QuestionBankService bank;

    @TempDir
    Path checked;

    private static Path quizFolder() {
        try {
            Path folder = Files.createTempDirectory("hostile-quizzes");
            Files.copy(Path.of("quizzes", "rival-military-exercises.gift"), folder.resolve(GOOD_QUIZ));
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void quizFolderLocation(DynamicPropertyRegistry registry) {
        registry.add("sourcewise.quizzes.location", () -> "file:" + QUIZ_FOLDER + "/");
    }

    static List<HostileInput> corpus() {
        return HostileInput.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyImportPathRefusesItClearlyOrTakesItSoundly(HostileInput input) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("article paste", probe(() -> paste(input)));
        for (String type : List.of("txt", "md", "html")) {
            outcomes.put("upload ." + type, probe(() -> upload(input, type)));
        }
        outcomes.put("GIFT question dialog", probe(() -> giftDialog(input)));
        outcomes.put("quiz folder", probe(() -> quizFolder(input)));
        outcomes.put("check-quiz", probe(() -> checkQuiz(input)));
        outcomes.forEach((path, outcome) -> ProbeTable.ALL.add(path, input.name(), outcome));

        assertThat(outcomes)
                .allSatisfy((path, outcome) -> assertThat(outcome.sound())
                        .as(path + ": " + outcome.describe())
                        .isTrue());
        assertThat(outcomes.get("check-quiz").accepted)
                .as("check-quiz passes it exactly when the quiz folder loads it")
                .isEqualTo(outcomes.get("quiz folder").accepted);
    }

    private Outcome paste(HostileInput input) {
        openImport(input);
        type(
                find(TextArea.class)
                        .withLabel("Paste the article as copied from the web page")
                        .single(),
                input.articleText());
        test(button("Clean and preview")).click();
        return saveArticle();
    }

    private Outcome upload(HostileInput input, String type) {
        openImport(input);
        byte[] file = !input.inEveryField()
                ? input.file()
                : (type.equals("html") ? input.articlePage() : input.articleText()).getBytes(UTF_8);
        String mime = switch (type) {
            case "html" -> "text/html";
            case "md" -> "text/markdown";
            default -> "text/plain";
        };
        new UploadTester<>(find(Upload.class).single()).upload("hostile." + type, mime, file);
        return saveArticle();
    }

    private void openImport(HostileInput input) {
        fixture.asTeacher();
        navigate("import", Component.class);
        type(find(TextField.class).withLabel("Title").single(), input.title());
        type(find(TextField.class).withLabel("Source").single(), input.source());
    }

    /** Saves when the preview succeeded; an article saved must read back for a student, its values as text. */
    private Outcome saveArticle() {
        // Only a preview that succeeded shows the save button.
        if (find(Button.class).withText("Save article").exists()) {
            test(button("Save article")).click();
        }
        Matcher reading = READING.matcher(
                UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        if (!reading.matches()) {
            return Outcome.refused(
                    find(Div.class).withClassName("form-message").single().getText());
        }
        long id = Long.parseLong(reading.group(1));
        Outcome outcome = Outcome.accepted("");
        if (articles.findForReading(id).isEmpty()) {
            outcome.inconsistent.add("article " + id + " was shown but cannot be read back");
        }
        fixture.asStudent();
        visit("articles/" + id, "the reading view", outcome);
        visit("", "the library", outcome);
        return outcome;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome giftDialog(HostileInput input) {
        fixture.asTeacher();
        navigate("review/" + fixture.articleId(), Component.class);
        List<Long> before = bank.questionsOf(fixture.articleId()).stream()
                .map(KeyedQuestion::id)
                .toList();
        test(button("Write a question")).click();
        Dialog dialog = find(Dialog.class).single();
        RadioButtonGroup kind = find(RadioButtonGroup.class, dialog)
                .withLabel("Kind of question")
                .single();
        test(kind).selectItem("GIFT text: matching, numeric, weights");
        type(find(TextArea.class, dialog).withLabel("The question in GIFT").single(), input.giftQuestion());
        test(button("Save question")).click();
        if (dialog.isOpened()) {
            return Outcome.refused(find(Div.class, dialog)
                    .withClassName("form-message")
                    .single()
                    .getText());
        }
        Outcome outcome = Outcome.accepted(
                find(Div.class).withClassName("form-message").first().getText());
        List<Long> added = bank.questionsOf(fixture.articleId()).stream()
                .map(KeyedQuestion::id)
                .filter(id -> !before.contains(id))
                .toList();
        if (added.size() != 1) {
            outcome.inconsistent.add(added.size() + " questions were added, not 1");
        }
        visit("review/" + fixture.articleId(), "the review page", outcome);
        if (!added.isEmpty()) {
            fixture.asTeacher();
            long quizId = fixture.quiz(added)
                    .titled("Hostile quiz " + QUIZZES.incrementAndGet())
                    .create();
            play(quizId, outcome);
        }
        return outcome;
    }

    /** The hostile file beside a good one in the quiz folder, loaded as at start; the good one must still load. */
    private Outcome quizFolder(HostileInput input) throws IOException {
        String name = "hostile-" + QUIZZES.incrementAndGet() + ".gift";
        Path file = Files.write(QUIZ_FOLDER.resolve(name), input.quizFile());
        try {
            QuizFolder.reload(context);
        } finally {
            Files.delete(file);
        }
        fixture.asTeacher();
        List<String> problems = quizzes.fileProblems();
        List<String> mine =
                problems.stream().filter(p -> p.startsWith("quizzes/" + name)).toList();
        Optional<QuizSummary> loaded = quizzes.myQuizzes().stream()
                .filter(q -> ("quizzes/" + name).equals(q.sourceFile()))
                .findFirst();
        Outcome outcome = loaded.isPresent()
                ? Outcome.accepted(String.join("\n", mine))
                : Outcome.refused(String.join("\n", mine));
        outcome.listed = true;
        boolean goodLoaded =
                quizzes.myQuizzes().stream().anyMatch(q -> ("quizzes/" + GOOD_QUIZ).equals(q.sourceFile()));
        if (!goodLoaded || problems.stream().anyMatch(p -> p.startsWith("quizzes/" + GOOD_QUIZ))) {
            outcome.inconsistent.add("the good quiz file beside it no longer loads");
        }
        visit("quizzes", "the Quizzes page", outcome);
        if (loaded.isPresent()) {
            fixture.asTeacher();
            if (quizzes.draftOf(loaded.get().id()).questionIds().size()
                    != loaded.get().questionCount()) {
                outcome.inconsistent.add("the quiz lists another number of questions than it holds");
            }
            quizzes.assign(loaded.get().id(), fixture.classroomId());
            play(loaded.get().id(), outcome);
        }
        return outcome;
    }

    private Outcome checkQuiz(HostileInput input) throws IOException {
        Path file = Files.write(checked.resolve("hostile.gift"), input.quizFile());
        CheckQuizRun run = CheckQuizRun.of(file.toString());
        String said = (run.out() + run.err()).strip();
        Outcome outcome = switch (run.exitCode()) {
            case 0 -> Outcome.accepted(said);
            case 1 -> Outcome.refused(said);
            default -> Outcome.escaped(new AssertionError("check-quiz exited with " + run.exitCode() + ": " + said));
        };
        outcome.listed = true;
        if (!said.lines().allMatch(line -> line.startsWith(file + ":"))) {
            outcome.inconsistent.add("a line of check-quiz's output does not start with the file's name");
        }
        return outcome;
    }
}
