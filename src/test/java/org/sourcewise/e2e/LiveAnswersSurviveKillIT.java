package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcewise.e2e.LivePages.button;

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
 * the last "Answer locked in", the server gets SIGKILL. After a restart on the same data folder the session must still
 * be running with question 2 open and every answer to it counted on the teacher's projector, and once the server has
 * stopped the live_answer table must hold every answer, and the signed-in student's attempt both of theirs. `./sw kill-test` runs it beside the quiz-answer kill test;
 * {@code -Dkill.live-students=N} changes the number of nicknames.
 */
@Tier.Crash
class LiveAnswersSurviveKillIT extends ChromiumTest {

    private static final int NICKNAMES = Integer.getInteger("kill.live-students", 4);
    private static final int QUESTIONS = 2;

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
            sessionId = LivePages.startDemoQuiz(teacher, first::url);
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
        try (BrowserContext context = browser.newContext()) {
            Page teacher = context.newPage();
            SignInPage.signIn(teacher, second.port(), "teacher", "demo-teacher-password");
            teacher.navigate(second.url("/live/host/" + sessionId));
            assertThat(teacher.getByText(Pattern.compile("^Question " + QUESTIONS + " of \\d+$")))
                    .isVisible();
            assertThat(teacher.locator(".live-answered"))
                    .hasText(players.size() + " of " + players.size() + " answered");
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
        System.out.printf(
                "Live kill test: %d live answers acknowledged before SIGKILL (%d players, %d questions,"
                        + " the last still open and still counted after restart), live_answer rows %d,"
                        + " the signed-in student's attempt_answer rows %d%n",
                acknowledged, players.size(), QUESTIONS, rows, attemptRows);
        assertEquals(players.size() * QUESTIONS, acknowledged);
        assertEquals(acknowledged, rows, "rows in live_answer after the restart");
        assertEquals(QUESTIONS, attemptRows, "the signed-in student's answers in their attempt after the restart");
    }

    private static Page page(List<BrowserContext> opened) {
        BrowserContext context = browser.newContext();
        opened.add(context);
        return context.newPage();
    }

    /** Picks choice A and waits for the phone to say the answer is locked in: the server has saved it by then. */
    private static void answerFirstChoice(Page student) {
        Locator first =
                student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^A\\. ")));
        first.click();
        assertThat(student.getByText(Pattern.compile("^Answer locked in: A\\. ")))
                .isVisible();
    }
}
