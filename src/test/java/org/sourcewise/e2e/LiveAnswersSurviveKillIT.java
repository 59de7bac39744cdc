package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sourcewise.Tier;

/**
 * The promise that an acknowledged live answer survives a crash: the packaged server with the demo profile, the demo
 * teacher running a hand-written quiz live in Chromium, the demo student signed in and students with nicknames, each
 * in a browser of their own. Every one answers question 1, then question 2; while question 2 is still open, right after
 * the last "Answer locked in", the server gets SIGKILL. After a restart on the same data folder the session's saved
 * results must show every answer, and once the server has stopped the live_answer table must hold every one, and the
 * signed-in student's attempt both of theirs. `./sw kill-test` runs it beside the quiz-answer kill test;
 * {@code -Dkill.live-students=N} changes the number of nicknames.
 */
@Tier.Crash
class LiveAnswersSurviveKillIT extends ChromiumTest {

    private static final int NICKNAMES = Integer.getInteger("kill.live-students", 4);
    private static final int QUESTIONS = 2;
    private static final String QUIZ = "Rival exercises and cautious optimism: who said what";
    private static final Pattern HOST_URL = Pattern.compile(".*/live/host/(\\d+)\\b.*");
    private static final Pattern ANSWERED_OF = Pattern.compile("(\\d+) of (\\d+)");

    @RegisterExtension
    final PackagedServers servers = new PackagedServers();

    // The server analyses the seeds while the test runs, and two cores are slow to answer under that load.
    @BeforeEach
    void waitLongerForTheBusyServer() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterEach
    void waitAsLongAsOtherTests() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void acknowledgedLiveAnswersSurviveSigkillWhileAQuestionIsOpen() throws Exception {
        Path dataDir = PackagedServer.newDataFolder("live-kill-test-data-");
        PackagedServer first = servers.start(dataDir, "live-kill-test-first");
        long sessionId;
        List<String> players = new ArrayList<>();
        int acknowledged = 0;
        List<BrowserContext> opened = new ArrayList<>();
        try {
            Page teacher = page(opened);
            SignInPage.signIn(teacher, first.port(), "teacher", "demo-teacher-password");
            sessionId = startLiveSession(teacher, first);
            String code = teacher.locator(".live-code").textContent().strip();

            Map<String, Page> students = new LinkedHashMap<>();
            Page signedIn = page(opened);
            SignInPage.signIn(signedIn, first.port(), "student", "demo-student-password");
            signedIn.navigate(first.url("/live/" + code));
            button(signedIn, "Join as student").click();
            assertThat(signedIn.getByText("You're in!")).isVisible();
            students.put("student", signedIn);
            for (int n = 1; n <= NICKNAMES; n++) {
                Page page = page(opened);
                page.navigate(first.url("/live/" + code));
                page.getByLabel("Nickname").fill("Player " + n);
                button(page, "Join").click();
                assertThat(page.getByText("You're in!")).isVisible();
                students.put("Player " + n, page);
            }
            players.addAll(students.keySet());

            for (int question = 1; question <= QUESTIONS; question++) {
                if (question == 1) {
                    button(teacher, "Start question 1").click();
                } else {
                    button(teacher, "Close answers").click();
                    button(teacher, "Show the answer").click();
                    button(teacher, "Show the scores").click();
                    button(teacher, "Next question").click();
                }
                assertThat(teacher.getByText(Pattern.compile("^Question " + question + " of \\d+$")))
                        .isVisible();
                for (Page student : students.values()) {
                    answerFirstChoice(student);
                    acknowledged++;
                }
            }
            // The last question is still open: its answers were acknowledged, nothing has closed or saved it since.
            assertThat(teacher.locator(".live-answered"))
                    .hasText(students.size() + " of " + students.size() + " answered");
            first.kill();
        } finally {
            opened.forEach(BrowserContext::close);
        }
        assertEquals(PackagedServer.KILLED_BY_SIGKILL, first.exitValue(), "the first server was not ended by SIGKILL");

        PackagedServer second = servers.start(dataDir, "live-kill-test-second");
        Map<String, Integer> answeredInResults;
        try (BrowserContext context = browser.newContext()) {
            Page teacher = context.newPage();
            SignInPage.signIn(teacher, second.port(), "teacher", "demo-teacher-password");
            answeredInResults = savedResults(teacher, second, sessionId, players);
        }
        second.stop();
        int rows = PackagedServer.count(
                dataDir,
                "select count(*) from live_answer a join live_participant p"
                        + " on p.id = a.participant_id where p.session_id = " + sessionId);
        int attemptRows = PackagedServer.count(
                dataDir,
                "select count(*) from attempt_answer a join live_participant p"
                        + " on p.attempt_id = a.attempt_id where p.session_id = " + sessionId);
        int inResults =
                answeredInResults.values().stream().mapToInt(Integer::intValue).sum();

        System.out.printf(
                "Live kill test: %d live answers acknowledged before SIGKILL (%d players, %d questions,"
                        + " the last still open), %d in the session's results after restart, live_answer rows %d,"
                        + " the signed-in student's attempt_answer rows %d%n",
                acknowledged, players.size(), QUESTIONS, inResults, rows, attemptRows);
        assertEquals(players.size() * QUESTIONS, acknowledged);
        players.forEach(
                player -> assertEquals(QUESTIONS, answeredInResults.get(player), player + "'s answers in the results"));
        assertEquals(acknowledged, rows, "rows in live_answer after the restart");
        assertEquals(QUESTIONS, attemptRows, "the signed-in student's answers in their attempt after the restart");
    }

    private static Page page(List<BrowserContext> opened) {
        BrowserContext context = browser.newContext();
        opened.add(context);
        return context.newPage();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Assigns the hand-written quiz to the demo class and starts it live; returns the session's id. */
    private static long startLiveSession(Page teacher, PackagedServer server) {
        teacher.navigate(server.url("/classes"));
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo class"))
                .click();
        teacher.getByLabel("Or assign one of your quizzes").fill(QUIZ);
        teacher.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(QUIZ))
                .first()
                .click();
        button(teacher, "Assign this quiz").click();
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run “" + QUIZ + "” live"))
                .click();
        teacher.getByLabel("Seconds per question").fill("120");
        button(teacher, "Start the live session").click();
        teacher.locator(".live-code")
                .or(teacher.locator(".form-message.error"))
                .first()
                .waitFor();
        if (teacher.locator(".live-code").isVisible()) {
            // the host page can be drawn a moment before the browser's address changes to it
            teacher.waitForURL(HOST_URL);
        }
        Matcher host = HOST_URL.matcher(teacher.url());
        if (!host.matches()) {
            throw new AssertionError(
                    "the live session did not start: " + teacher.locator("body").innerText());
        }
        return Long.parseLong(host.group(1));
    }

    /** Picks choice A and waits for the phone to say the answer is locked in: the server has saved it by then. */
    private static void answerFirstChoice(Page student) {
        Locator first =
                student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^A\\. ")));
        first.click();
        assertThat(student.getByText(Pattern.compile("^Answer locked in: A\\. ")))
                .isVisible();
    }

    /**
     * Each player's number of answers in the ended session's results table: the "answered" column, "n of m", the
     * first after the name that is only that (the "right" column says "n of m questions").
     */
    private static Map<String, Integer> savedResults(
            Page teacher, PackagedServer server, long sessionId, List<String> players) {
        teacher.navigate(server.url("/live/host/" + sessionId));
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results: " + QUIZ)))
                .isVisible();
        Locator cells = teacher.locator("vaadin-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(players.getLast()))
                        .first())
                .isVisible();
        List<String> texts = cells.allInnerTexts().stream().map(String::strip).toList();
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (String player : players) {
            int at = texts.indexOf(player);
            if (at < 0) {
                throw new AssertionError(player + " is missing from the saved results " + texts);
            }
            Matcher answeredOf = texts.subList(at + 1, texts.size()).stream()
                    .map(ANSWERED_OF::matcher)
                    .filter(Matcher::matches)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no answered count after " + player + " in " + texts));
            answered.put(player, Integer.parseInt(answeredOf.group(1)));
        }
        return answered;
    }
}
