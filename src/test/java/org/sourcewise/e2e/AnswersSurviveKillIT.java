package org.sourcewise.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The promise that an acknowledged answer survives a crash, checked on the packaged server as a student meets it:
 * a separate process (an in-JVM Spring context could not be killed without killing the test), answers given in a
 * real Chromium, SIGKILL right after the last acknowledgement, so no shutdown hook or later write can help, then a
 * restart on the same data folder. It tells the settings apart: with H2's default write delay (the server started
 * with SPRING_DATASOURCE_URL lacking WRITE_DELAY=0) it lost the last acknowledged answer, 4 found of 5.
 * `./sw kill-test` runs it alone; {@code -Dkill.answers=N} changes N.
 */
class AnswersSurviveKillIT extends ChromiumTest {

    private static final int ANSWERS = Integer.getInteger("kill.answers", 5);
    private static final String STUDENT = "student";
    private static final String PASSWORD = "demo-student-password";
    private static final Duration STARTUP = Duration.ofMinutes(3);
    // The seed articles get questions only once the background analysis reaches them, after its model load.
    private static final Duration FIRST_QUESTIONS = Duration.ofMinutes(4);
    private static final Pattern ATTEMPT_URL = Pattern.compile(".*/attempts/(\\d+)$");
    private static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+) answered");
    private static final Pattern UNFINISHED = Pattern.compile("unfinished: (\\d+) answered");
    // 128 + 9: how Java reports a process that SIGKILL ended, rather than one that shut down by itself.
    private static final int KILLED_BY_SIGKILL = 137;

    private final List<Process> servers = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    @RegisterExtension
    final TestWatcher printLogsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            logs.forEach(AnswersSurviveKillIT::printTail);
        }
    };

    @AfterEach
    void stopServers() {
        servers.forEach(AnswersSurviveKillIT::kill);
    }

    @Test
    void acknowledgedAnswersSurviveSigkillAndRestart() throws Exception {
        // Under target/ so that a failed run's database can be inspected, and `mvn clean` removes it.
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "kill-test-data-")
                .toAbsolutePath();

        int firstPort = freePort();
        Process first = startServer(firstPort, dataDir, "first");
        long attemptId;
        int acknowledged;
        try (BrowserContext session = browser.newContext()) {
            Page page = session.newPage();
            SignInPage.signIn(page, firstPort, STUDENT, PASSWORD);
            attemptId = openAttemptWithMoreQuestionsThan(page, firstPort, ANSWERS);
            acknowledged = answerQuestions(page, ANSWERS);
            kill(first);
        }
        assertEquals(KILLED_BY_SIGKILL, first.exitValue(), "the first server was not ended by SIGKILL");

        int secondPort = freePort();
        Process second = startServer(secondPort, dataDir, "second");
        int onAttemptPage;
        int inHistory;
        try (BrowserContext session = browser.newContext()) {
            Page page = session.newPage();
            SignInPage.signIn(page, secondPort, STUDENT, PASSWORD);
            inHistory = answeredInHistory(page, secondPort);
            onAttemptPage = answeredOnAttemptPage(page, secondPort, attemptId);
        }
        second.destroy();
        assertTrue(second.waitFor(1, TimeUnit.MINUTES), "the second server did not stop on SIGTERM");
        int rows = answerRows(dataDir);

        System.out.printf("Kill test: %d answers acknowledged before SIGKILL, %d found after restart"
                + " (attempt page %d, history %d, attempt_answer rows %d)%n",
                acknowledged, onAttemptPage, onAttemptPage, inHistory, rows);
        assertEquals(ANSWERS, acknowledged);
        assertEquals(acknowledged, onAttemptPage, "answers shown on the attempt page after the restart");
        assertEquals(acknowledged, inHistory, "answers shown in the history after the restart");
        assertEquals(acknowledged, rows, "rows in attempt_answer after the restart");
    }

    private Process startServer(int port, Path dataDir, String name) throws IOException, InterruptedException {
        Path jar = Path.of("target", "sourcewise.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": this test runs after `package`");
        Path log = Path.of("target", "kill-test-" + name + "-server.log");
        logs.add(log);
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--sourcewise.data-dir=" + dataDir,
                "--spring.profiles.active=demo")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        servers.add(server);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                fail("the " + name + " server stopped with exit code " + server.exitValue() + "; see " + log);
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notListeningYet) {
                // the port opens only once Spring has started
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the " + name + " server did not serve /login within " + STARTUP + "; see " + log);
    }

    /**
     * Tries each article's Practise button, on a freshly loaded page each time so that the refusal message seen
     * belongs to this click, until the analysis has given one article enough questions to leave the attempt
     * unfinished after the answers (the history shows an answered count only for an unfinished attempt).
     */
    private static long openAttemptWithMoreQuestionsThan(Page page, int port, int answers) throws InterruptedException {
        Instant deadline = Instant.now().plus(FIRST_QUESTIONS);
        int next = 0;
        while (Instant.now().isBefore(deadline)) {
            page.navigate("http://localhost:" + port + "/practice");
            Locator practise = page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^Practise: ")));
            practise.first().waitFor();
            int articles = practise.count();
            practise.nth(next % articles).click();
            page.locator(".player-header").or(page.locator(".form-message.error")).waitFor();
            Matcher attempt = ATTEMPT_URL.matcher(page.url());
            if (attempt.matches() && Integer.parseInt(progress(page).group(2)) > answers) {
                return Long.parseLong(attempt.group(1));
            }
            next++;
            if (next % articles == 0) {
                Thread.sleep(3000);
            }
        }
        throw new AssertionError("no article had more than " + answers + " questions within " + FIRST_QUESTIONS);
    }

    /**
     * Gives some complete answer in whatever field the question has: the first choice, the order as shown, a
     * number, or the first match for every item. The hand-written quizzes put such questions in the seeds' banks.
     */
    private static void give(Page page) {
        // The inputs come from the web components a moment after the fields themselves.
        if (page.locator("vaadin-radio-group.answer-choices").count() > 0) {
            page.getByRole(AriaRole.RADIO).first().check();
        } else if (page.locator("vaadin-checkbox-group.answer-choices").count() > 0) {
            page.getByRole(AriaRole.CHECKBOX).first().check();
        } else if (page.locator("vaadin-text-field.answer-typed").count() > 0) {
            page.locator("vaadin-text-field.answer-typed input").fill("7");
        } else {
            Locator matches = page.locator(".answer-matches vaadin-select");
            for (int i = 0; i < matches.count(); i++) {
                // Opened, the select focuses its first match; Enter takes it.
                matches.nth(i).click();
                page.keyboard().press("Enter");
            }
        }
    }

    /** Answers every question somehow, counting each answer the player acknowledged. */
    private static int answerQuestions(Page page, int answers) {
        int acknowledged = 0;
        for (int i = 0; i < answers; i++) {
            Locator check = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer"));
            check.waitFor();
            give(page);
            check.click();
            Locator verdict = page.locator(".answer-feedback .verdict");
            verdict.waitFor();
            String said = verdict.innerText().strip();
            assertTrue(said.startsWith("Right.") || said.startsWith("Not quite."), "not an acknowledgement: " + said);
            acknowledged++;
            if (i < answers - 1) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
            }
        }
        return acknowledged;
    }

    private static int answeredInHistory(Page page, int port) {
        page.navigate("http://localhost:" + port + "/history");
        Locator scores = page.getByText(UNFINISHED);
        scores.first().waitFor();
        // Trying articles while the seeds are analysed may leave other unfinished attempts, all without answers.
        int most = -1;
        for (String score : scores.allInnerTexts()) {
            Matcher unfinished = UNFINISHED.matcher(score);
            assertTrue(unfinished.find(), "no answered count in " + score);
            most = Math.max(most, Integer.parseInt(unfinished.group(1)));
        }
        return most;
    }

    private static int answeredOnAttemptPage(Page page, int port, long attemptId) {
        page.navigate("http://localhost:" + port + "/attempts/" + attemptId);
        page.locator(".player-header").waitFor();
        return Integer.parseInt(progress(page).group(1));
    }

    private static Matcher progress(Page page) {
        String text = page.locator(".player-header > span").innerText();
        Matcher progress = PROGRESS.matcher(text);
        assertTrue(progress.find(), "no progress in " + text);
        return progress;
    }

    /** Counts in the database itself, which only a stopped server leaves open to another process. */
    private static int answerRows(Path dataDir) throws SQLException {
        // IFEXISTS: a wrong path must fail rather than count the rows of a new, empty database.
        String url = "jdbc:h2:file:" + dataDir.resolve("sourcewise") + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet count = db.createStatement().executeQuery("select count(*) from attempt_answer")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** SIGKILL on Linux and macOS; the server starts no child processes, but one would outlive it unkilled. */
    private static void kill(Process server) {
        List<ProcessHandle> children = server.descendants().toList();
        server.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server outlived SIGKILL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing the server", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void printTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            System.out.println("---- last lines of " + log + " ----");
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
        } catch (IOException e) {
            System.out.println("could not read " + log + ": " + e);
        }
    }
}
