package org.sourcewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.live.LiveService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route of the app opened in Chromium by every role, against what its access annotation says: allowed,
 * redirected to the sign-in page, or denied. The expected table is read from the {@code @Route} classes on the
 * classpath, so a new view is checked as soon as it exists; one without an access rule, or with a parameter this test
 * has no sample for, fails the test until it is given one.
 */
@Tier.Browser
@SourcewiseServerTest
class RouteAccessIT extends ChromiumTest {

    enum Role {
        ANONYMOUS,
        STUDENT,
        TEACHER,
        ADMIN
    }

    /** ERROR is never expected: the error page means a view failed to open. */
    enum Access {
        ALLOWED,
        SIGN_IN,
        DENIED,
        ERROR
    }

    /** A route as the app declares it: its template, and who may open it. */
    record Declared(
            Class<?> view,
            String template,
            Optional<Access> anonymous,
            List<String> roles,
            boolean signedIn,
            boolean nobody) {

        Access expectedFor(Role role) {
            if (nobody) {
                return role == Role.ANONYMOUS ? Access.SIGN_IN : Access.DENIED;
            }
            if (anonymous.isPresent()) {
                return Access.ALLOWED;
            }
            if (role == Role.ANONYMOUS) {
                return Access.SIGN_IN;
            }
            return signedIn || roles.contains(role.name()) ? Access.ALLOWED : Access.DENIED;
        }
    }

    private static final String ADMIN = "route admin";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private final List<BrowserContext> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(BrowserContext::close);
        SignedIn.nobody();
    }

    @Test
    void everyRouteLetsInExactlyTheRolesItsAccessAnnotationNames() {
        PracticeFixture fixture = PracticeFixture.create(context);
        SignedIn.as("head", Roles.ADMIN);
        context.getBean(AccountService.class)
                .createAccount(new NewAccount(ADMIN, "Route admin", PracticeFixture.PASSWORD, Roles.ADMIN));
        fixture.asStudent();
        long attemptId = context.getBean(PracticeService.class).startQuiz(fixture.quizId());
        fixture.asTeacher();
        long sessionId = context.getBean(LiveService.class).start(fixture.classroomId(), fixture.quizId(), 60);
        SignedIn.nobody();
        Map<String, String> samples = Map.of(
                "articles/{parameter}", "articles/" + fixture.articleId(),
                "review/{parameter}", "review/" + fixture.articleId(),
                "findings/{parameter}", "findings/" + fixture.articleId(),
                "classes/{parameter}", "classes/" + fixture.classroomId(),
                "attempts/{parameter}", "attempts/" + attemptId,
                "live/host/:sessionId", "live/host/" + sessionId,
                "live/start/:classroomId/:quizId", "live/start/" + fixture.classroomId() + "/" + fixture.quizId(),
                "reports/:classroomId/:quizId", "reports/" + fixture.classroomId() + "/" + fixture.quizId());

        List<Declared> routes = declaredRoutes();
        assertThat(routes).extracting(Declared::template).contains("", "login", "import", "live/play");
        List<String> withoutSample = routes.stream()
                .map(Declared::template)
                .filter(t -> t.contains("{parameter}") || t.contains(":"))
                .filter(t -> !samples.containsKey(t))
                .toList();
        assertThat(withoutSample)
                .as("routes with a parameter this test has no sample address for")
                .isEmpty();

        Map<Role, Page> pages = new LinkedHashMap<>();
        pages.put(Role.ANONYMOUS, newPage());
        pages.put(Role.STUDENT, signedIn(fixture.student()));
        pages.put(Role.TEACHER, signedIn(fixture.teacher()));
        pages.put(Role.ADMIN, signedIn(ADMIN));

        List<String> table = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        table.add("| route | "
                + String.join(" | ", pages.keySet().stream().map(Role::name).toList()) + " |");
        for (Declared route : routes) {
            String path =
                    samples.getOrDefault(route.template(), route.template().replace("/{optional}", ""));
            StringBuilder row = new StringBuilder("| /" + path + " |");
            pages.forEach((role, page) -> {
                Access expected = route.expectedFor(role);
                Access seen = open(page, path);
                row.append(' ')
                        .append(seen == expected ? seen : seen + " (expected " + expected + ")")
                        .append(" |");
                if (seen != expected) {
                    wrong.add(role + " on /" + path + " (" + route.view().getSimpleName() + "): " + seen + ", expected "
                            + expected + "; page said: "
                            + page.locator("body").innerText().strip().replace('\n', ' '));
                }
            });
            table.add(row.toString());
        }
        System.out.println("Route access as seen in Chromium:\n" + String.join("\n", table));
        assertThat(wrong)
                .as("routes whose outcome differs from their access annotation")
                .isEmpty();
    }

    /** Every {@code @Route} class of the app, with its template and access rule; a class with none fails here. */
    static List<Declared> declaredRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Declared> routes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.sourcewise")) {
            Class<?> view =
                    ClassUtils.resolveClassName(definition.getBeanClassName(), RouteAccessIT.class.getClassLoader());
            String template = view.getAnnotation(Route.class).value() + parameter(view);
            RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
            boolean anonymous = view.isAnnotationPresent(AnonymousAllowed.class);
            boolean permitAll = view.isAnnotationPresent(PermitAll.class);
            boolean denyAll = view.isAnnotationPresent(DenyAll.class);
            assertThat(anonymous || permitAll || denyAll || roles != null)
                    .as(view.getName() + " has no access annotation")
                    .isTrue();
            routes.add(new Declared(
                    view,
                    template,
                    anonymous ? Optional.of(Access.ALLOWED) : Optional.empty(),
                    roles == null ? List.of() : List.of(roles.value()),
                    permitAll,
                    denyAll));
        }
        routes.sort(Comparator.comparing(Declared::template));
        return routes;
    }

    private static String parameter(Class<?> view) {
        if (!HasUrlParameter.class.isAssignableFrom(view)) {
            return "";
        }
        Method setParameter = Arrays.stream(view.getDeclaredMethods())
                .filter(m -> m.getName().equals("setParameter") && m.getParameterCount() == 2 && !m.isBridge())
                .findFirst()
                .orElseThrow();
        return setParameter.getParameters()[1].isAnnotationPresent(OptionalParameter.class)
                ? "/{optional}"
                : "/{parameter}";
    }

    private Page newPage() {
        BrowserContext browserContext = browser.newContext();
        opened.add(browserContext);
        return browserContext.newPage();
    }

    private Page signedIn(String username) {
        Page page = newPage();
        SignInPage.signIn(page, port, username, PracticeFixture.PASSWORD);
        return page;
    }

    /** Opens the path and waits until Vaadin has nothing left to do, then reads where the browser ended up. */
    private Access open(Page page, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        // Spring Security redirects to /login; under /live/**, which Spring lets through for the QR codes, Vaadin
        // shows the sign-in form at the address asked for instead.
        boolean signInForm = URI.create(page.url()).getPath().equals("/login")
                || page.locator("vaadin-login-form").count() > 0;
        if (signInForm && !path.equals("login")) {
            return Access.SIGN_IN;
        }
        String heading = page.locator("h1").count() == 0
                ? ""
                : page.locator("h1").first().innerText().strip();
        if (heading.equals("Something went wrong")) {
            return Access.ERROR;
        }
        return heading.equals("Page not found") || heading.equals("Access denied") ? Access.DENIED : Access.ALLOWED;
    }
}
