package org.sourcewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.live.LiveService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every page, opened by each role in Chromium, arrives with the app's Content-Security-Policy and runs under it
 * without a single violation: a page sent without the header would pass any console check, so its absence fails too.
 */
@Tier.Browser
@SourcewiseServerTest
class ContentSecurityPolicyIT extends ChromiumTest {

    /** Chromium reports a blocked script, style or connection on the console; the event also names the directive. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            """;

    private static final String VAADIN_IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private PracticeFixture fixture;
    private long attemptId;
    private long liveSessionId;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void aClassWithAStudentAQuizAnAttemptAndALiveSession() {
        fixture = PracticeFixture.create(context);
        fixture.asStudent();
        attemptId = context.getBean(PracticeService.class).startQuiz(fixture.quizId());
        fixture.asTeacher();
        liveSessionId = context.getBean(LiveService.class).start(fixture.classroomId(), fixture.quizId(), 20);
        SignedIn.nobody();
    }

    @AfterEach
    void endTheLiveSession() {
        fixture.asTeacher();
        context.getBean(LiveService.class).end(liveSessionId);
        SignedIn.nobody();
    }

    private Page newPage() {
        BrowserContext browserContext = browser.newContext();
        browserContext.addInitScript(REPORT_VIOLATIONS);
        Page page = browserContext.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Refused to")) {
                problems.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** Opens each path, checks the page came with the policy, and waits until Vaadin has nothing left to do. */
    private void visit(Page page, List<String> paths) {
        for (String path : paths) {
            Response response = page.navigate("http://localhost:" + port + path);
            if (response == null || response.headers().get("content-security-policy") == null) {
                problems.add(path + ": no Content-Security-Policy header");
            }
            page.waitForFunction(VAADIN_IDLE);
        }
        page.context().close();
    }

    private Page signedIn(String username, String password) {
        Page page = newPage();
        SignInPage.signIn(page, port, username, password);
        page.waitForFunction(VAADIN_IDLE);
        return page;
    }

    @Test
    void theAnonymousPagesRunUnderThePolicy() {
        visit(newPage(), List.of("/login", "/join", "/live", "/live/play", "/no-such-page"));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageOfAStudentRunsUnderThePolicy() {
        visit(
                signedIn(fixture.student(), PracticeFixture.PASSWORD),
                List.of(
                        "/",
                        "/articles/" + fixture.articleId(),
                        "/practice",
                        "/history",
                        "/attempts/" + attemptId,
                        "/live"));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageOfATeacherRunsUnderThePolicy() {
        long classroom = fixture.classroomId();
        visit(
                signedIn(fixture.teacher(), PracticeFixture.PASSWORD),
                List.of(
                        "/",
                        "/articles/" + fixture.articleId(),
                        "/import",
                        "/quizzes",
                        "/quizzes/build",
                        "/quizzes/build/" + fixture.quizId(),
                        "/classes",
                        "/classes/" + classroom,
                        "/review/" + fixture.articleId(),
                        "/findings/" + fixture.articleId(),
                        "/reports/" + classroom + "/" + fixture.quizId(),
                        "/live/start/" + classroom + "/" + fixture.quizId(),
                        "/live/host/" + liveSessionId));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageOfAnAdminRunsUnderThePolicy() {
        visit(
                signedIn("head", "a long admin password"),
                List.of(
                        "/",
                        "/articles/" + fixture.articleId(),
                        "/import",
                        "/quizzes",
                        "/review/" + fixture.articleId(),
                        "/findings/" + fixture.articleId()));

        assertThat(problems).isEmpty();
    }
}
