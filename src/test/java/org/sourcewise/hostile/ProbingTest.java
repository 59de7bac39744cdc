package org.sourcewise.hostile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.sourcewise.SignedIn;
import org.sourcewise.practice.AttemptState;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.sourcewise.quiz.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every probe of hostile input does, on the real views, services and H2: a teacher with a class, a student and
 * an article to start from; one path run at a time, with what escaped it caught and a refusal checked to have left
 * every table as it was; pages opened as a browser opens them, the error page or injected markup counted against the
 * outcome; text typed as a browser types it. The outcomes of every probing test go to one table,
 * target/hostile-probe.md.
 */
abstract class ProbingTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    QuizService quizzes;

    @Autowired
    PracticeService practice;

    @Autowired
    private JdbcTemplate jdbc;

    PracticeFixture fixture;
    private final List<Throwable> handled = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void aTeacherWithAClassAStudentAndAnArticle() {
        fixture = PracticeFixture.create(context);
        // An exception in an upload or other deferred task reaches the session's error handler, not the caller.
        VaadinSession.getCurrent().setErrorHandler(event -> handled.add(event.getThrowable()));
    }

    @AfterAll
    static void writeTheProbeTable() {
        ProbeTable.ALL.write(Path.of("target", "hostile-probe.md"));
        System.out.println(ProbeTable.ALL.render());
    }

    /** Runs one path, catching what escapes, and checks that a refusal left every table as it was. */
    Outcome probe(Callable<Outcome> path) {
        handled.clear();
        Map<String, Long> before = rowCounts();
        Outcome outcome = run(path);
        if (outcome.escaped == null && !handled.isEmpty()) {
            outcome.escaped = handled.getFirst();
        }
        if (!outcome.accepted) {
            Map<String, Long> after = rowCounts();
            before.forEach((table, rows) -> {
                if (!rows.equals(after.get(table))) {
                    outcome.inconsistent.add(
                            table + " had " + rows + " rows before the refusal, " + after.get(table) + " after");
                }
            });
        }
        SignedIn.nobody();
        return outcome;
    }

    private static Outcome run(Callable<Outcome> path) {
        try {
            return path.call();
        } catch (Throwable e) {
            return Outcome.escaped(e);
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables"
                        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
                String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }

    /** A student starts the quiz, sees every question, answers every one and sees the finished attempt. */
    void play(long quizId, Outcome outcome) {
        try {
            fixture.asStudent();
            long attemptId = practice.startQuiz(quizId);
            visit("attempts/" + attemptId, "the player", outcome);
            fixture.asStudent();
            for (PlayerQuestion question : practice.attempt(attemptId).questions()) {
                if (!question.available()) {
                    outcome.unplayable.add("question " + question.position() + " cannot be shown to the student");
                } else {
                    practice.answer(attemptId, question.position(), someAnswer(question));
                }
            }
            AttemptState finished = practice.attempt(attemptId);
            if (!finished.finished()) {
                outcome.unplayable.add("the attempt is not finished after every question was answered");
            }
            visit("attempts/" + attemptId, "the finished attempt", outcome);
        } catch (RuntimeException e) {
            outcome.unplayable.add(e.toString());
        }
    }

    private static Response someAnswer(PlayerQuestion question) {
        return switch (question.format()) {
            case ORDERING ->
                Response.choosing(
                        IntStream.range(0, question.choices().size()).boxed().toList());
            case MATCHING ->
                Response.choosing(question.items().stream().map(item -> 0).toList());
            case SHORT_ANSWER -> Response.typing("an answer");
            case NUMERIC -> Response.typing("7");
            default -> Response.choosing(List.of(0));
        };
    }

    /** Opens a page as whoever is signed in; the error page or markup from a value counts against the outcome. */
    void visit(String location, String page, Outcome outcome) {
        navigate(location, Component.class);
        if (find(H1.class).withText(Outcome.GENERIC_ERROR).exists() && outcome.escaped == null) {
            outcome.escaped = new AssertionError(page + " showed the error page");
        }
        InjectedMarkup.on(UI.getCurrent()).forEach(found -> outcome.injected.add(page + ": " + found));
    }

    Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    /** Types as a browser does: a field takes no more characters than its maximum length. Returns what it took. */
    <F extends TextFieldBase<F, String>> String type(F field, String value) {
        int maxLength = (int) field.getElement().getProperty("maxlength", 0.0);
        String typed = maxLength > 0 && value.length() > maxLength ? value.substring(0, maxLength) : value;
        new TextFieldTester<F, String>(field).setValue(typed);
        return typed;
    }
}
