package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts in Chromium: the configured admin adds a teacher on the Accounts page, who signs in with the password
 * handed over and chooses their own; an admin deactivates a teacher, whose open session ends and whose right password
 * then fails like a wrong one, until reactivated; a teacher adds students without e-mail on the class page, and one
 * signs in with the printed password and chooses their own. axe-core finds nothing serious on the Accounts page, the
 * page for choosing a password, the class page with its cards, and the join page.
 */
@Tier.Browser
@SourcewiseServerTest
class AccountsIT extends ChromiumTest {

    static final String ADMIN_PASSWORD = "a long admin password";
    private static final String HANDED_OVER = "handed over password";
    private static final String OWN = "a password of my own";

    @LocalServerPort
    private int port;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClassroomService classrooms;

    private final List<BrowserContext> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(BrowserContext::close);
        SignedIn.nobody();
    }

    private Page newPage() {
        BrowserContext context = browser.newContext();
        opened.add(context);
        return context.newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private Page admin() {
        Page page = newPage();
        SignInPage.signIn(page, port, "head", ADMIN_PASSWORD);
        page.navigate(url("/accounts"));
        return page;
    }

    /** Sends the sign-in form without waiting to leave the sign-in page, as a sign-in that fails stays there. */
    private static void trySignIn(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Sign-in name").fill(username);
        page.getByLabel("Password", exactly()).fill(password);
        page.getByRole(AriaRole.BUTTON, named("Log in")).click();
    }

    private static void chooseOwnPassword(Page page, String given) {
        page.waitForURL(Pattern.compile(".*/password$"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Choose your own password")))
                .isVisible();
        page.getByLabel("Password you were given").fill(given);
        page.getByLabel("New password", exactly()).fill(OWN);
        page.getByLabel("New password again").fill(OWN);
        page.getByRole(AriaRole.BUTTON, named("Change password")).click();
        page.waitForURL(url -> !url.endsWith("/password"));
    }

    private String aTeacher() {
        String name = "teacher " + Unique.number();
        SignedIn.as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount(name, "Ms " + name, HANDED_OVER, Roles.TEACHER));
        SignedIn.nobody();
        return name;
    }

    @Test
    void anAdminAddsATeacherWhoSignsInAndChoosesTheirOwnPassword() {
        Page admin = admin();
        assertThat(admin.getByRole(AriaRole.HEADING, named("Accounts"))).isVisible();
        Accessibility.assertNoSeriousViolations(admin);
        admin.getByLabel("Sign-in name").fill("Ms.Okafor");
        admin.getByLabel("Name shown to others").fill("Ms Okafor");
        admin.getByLabel("Password", exactly()).fill(HANDED_OVER);
        admin.getByLabel("Password again").fill(HANDED_OVER);
        admin.getByRole(AriaRole.BUTTON, named("Add account")).click();
        assertThat(admin.getByText("Teacher account \u201cms.okafor\u201d added."))
                .isVisible();
        assertThat(admin.getByText("Active; to choose a password at next sign-in"))
                .isVisible();

        Page teacher = newPage();
        SignInPage.signIn(teacher, port, "ms.okafor", HANDED_OVER);
        Accessibility.assertNoSeriousViolations(teacher);
        chooseOwnPassword(teacher, HANDED_OVER);
        assertThat(teacher.locator(".account")).containsText("ms.okafor");
        teacher.navigate(url("/classes"));
        assertThat(teacher.getByRole(AriaRole.HEADING, named("My classes"))).isVisible();

        Page again = newPage();
        SignInPage.signIn(again, port, "ms.okafor", OWN);
        again.navigate(url("/classes"));
        assertThat(again).hasURL(Pattern.compile(".*/classes$"));
    }

    @Test
    void aWrongPasswordKeepsTheSignInNameInTheField() {
        String teacher = aTeacher();
        Page page = newPage();

        trySignIn(page, port, teacher, "not the password");

        assertThat(page.getByText("Wrong sign-in name or password")).isVisible();
        assertThat(page.getByLabel("Sign-in name")).hasValue(teacher);
        page.getByLabel("Password", exactly()).fill(HANDED_OVER);
        page.getByRole(AriaRole.BUTTON, named("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator(".account")).containsText(teacher);
    }

    @Test
    void aDeactivatedTeacherIsSignedOutAndSignsInOnlyOnceReactivated() {
        String name = aTeacher();
        Page teacher = newPage();
        SignInPage.signIn(teacher, port, name, HANDED_OVER);
        Page admin = admin();

        admin.getByRole(AriaRole.BUTTON, named("Deactivate " + name)).click();
        admin.getByRole(AriaRole.BUTTON, named("Deactivate")).click();
        assertThat(admin.getByText("\u201c" + name + "\u201d is deactivated.")).isVisible();

        teacher.navigate(url("/classes"));
        assertThat(teacher).hasURL(Pattern.compile(".*/login$"));
        trySignIn(teacher, port, name, HANDED_OVER);
        assertThat(teacher.getByText("Wrong sign-in name or password")).isVisible();
        assertThat(teacher.getByText("A deactivated account cannot sign in with any password"))
                .isVisible();

        admin.getByRole(AriaRole.BUTTON, named("Reactivate " + name)).click();
        admin.getByRole(AriaRole.BUTTON, named("Reactivate")).click();
        assertThat(admin.getByText("\u201c" + name + "\u201d is active again and may sign in."))
                .isVisible();
        SignInPage.signIn(teacher, port, name, HANDED_OVER);
        assertThat(teacher.locator(".account")).containsText(name);
    }

    @Test
    void aTeacherAddsStudentsWithPrintedPasswordsAndOneSignsInWithTheirs() {
        String teacherName = aTeacher();
        SignedIn.as(teacherName, Roles.TEACHER);
        long classroomId = classrooms.createClassroom("7C").id();
        SignedIn.nobody();
        int n = Unique.number();
        Page teacher = newPage();
        SignInPage.signIn(teacher, port, teacherName, HANDED_OVER);
        teacher.navigate(url("/classes/" + classroomId));
        Accessibility.assertNoSeriousViolations(teacher);

        teacher.getByLabel("Add students, one name per line").fill("Ana Okoro " + n + "\nBen Okoro " + n);
        teacher.getByRole(AriaRole.BUTTON, named("Add students")).click();
        assertThat(teacher.locator(".student-card")).hasCount(2);
        Accessibility.assertNoSeriousViolations(teacher);
        String card = teacher.locator(".student-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Name: Ana Okoro " + n))
                .innerText();
        String printed = card.lines()
                .filter(line -> line.startsWith("First password: "))
                .map(line -> line.substring("First password: ".length()).strip())
                .findFirst()
                .orElseThrow();

        Page student = newPage();
        SignInPage.signIn(student, port, "Ana Okoro " + n, printed);
        chooseOwnPassword(student, printed);
        assertThat(student.locator(".account")).containsText("ana okoro " + n);
    }

    @Test
    void theJoinPageHasNoSeriousAccessibilityViolation() {
        Page page = newPage();
        page.navigate(url("/join"));
        assertThat(page.getByLabel("Your name (also your sign-in name)")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
    }
}
