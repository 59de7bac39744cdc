package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The report's charts are drawn by Chart.js in a real Chromium, from the class's answers, in light, dark and on a phone. */
@Tier.Browser
@SourcewiseServerTest
class ReportChartsIT extends ChromiumTest {

    /** What Chart.js holds for each chart on the page: labels, and per series its label, values and colour. */
    private static final String CHARTS = """
            () => [...document.querySelectorAll('.chart canvas')].map(canvas => {
              const chart = Chart.getChart(canvas);
              return chart && {labels: chart.data.labels, name: canvas.getAttribute('aria-label'),
                series: chart.data.datasets.map(d => ({label: d.label, values: d.data, colour: d.backgroundColor})),
                width: canvas.getBoundingClientRect().width};
            })
            """;

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private PracticeFixture fixture;
    private int questions;

    @BeforeEach
    void aStudentAnsweredTheFirstQuestionRightAndTheSecondWrong() {
        fixture = PracticeFixture.create(context);
        fixture.asStudent();
        PracticeService practice = context.getBean(PracticeService.class);
        long attemptId = practice.startQuiz(fixture.quizId());
        questions = practice.attempt(attemptId).questions().size();
        fixture.asTeacher();
        List<KeyedQuestion> keys = context.getBean(QuestionBankService.class).questionsOf(fixture.articleId());
        fixture.asStudent();
        practice.answer(attemptId, 0, Response.choosing(keys.get(0).answer()));
        practice.answer(
                attemptId, 1, Response.choosing(List.of(keys.get(1).answer().getFirst() == 0 ? 1 : 0)));
        SignedIn.nobody();
    }

    /** The charts once Chart.js has drawn both and sized them to their containers, which it does as they settle. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> chartsOn(Page page) {
        page.waitForFunction("() => window.Chart && document.querySelectorAll('.chart canvas').length === 2 "
                + "&& [...document.querySelectorAll('.chart canvas')].every(c => Chart.getChart(c)?.width > 0)");
        return (List<Map<String, Object>>) page.evaluate(CHARTS);
    }

    private Page report(Browser.NewContextOptions options) {
        Page page = browser.newContext(options).newPage();
        SignInPage.signIn(page, port, fixture.teacher(), PracticeFixture.PASSWORD);
        page.navigate("http://localhost:" + port + "/reports/" + fixture.classroomId() + "/" + fixture.quizId());
        return page;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScoreDistributionAndTheQuestionsAreDrawnByChartJs() {
        Page page = report(new Browser.NewContextOptions());

        List<Map<String, Object>> charts = chartsOn(page);

        Map<String, Object> scores = charts.get(0);
        org.assertj.core.api.Assertions.assertThat((List<String>) scores.get("labels"))
                .hasSize(questions + 1)
                .startsWith("0 right", "1 right");
        List<Map<String, Object>> scoreSeries = (List<Map<String, Object>>) scores.get("series");
        org.assertj.core.api.Assertions.assertThat(
                        (List<Number>) scoreSeries.getFirst().get("values"))
                .extracting(Number::intValue)
                .startsWith(0, 1)
                .containsOnly(0, 1);
        org.assertj.core.api.Assertions.assertThat((String) scores.get("name")).contains("1 right, 1 student");
        org.assertj.core.api.Assertions.assertThat(((Number) scores.get("width")).doubleValue())
                .isGreaterThan(300);

        Map<String, Object> items = charts.get(1);
        org.assertj.core.api.Assertions.assertThat((List<String>) items.get("labels"))
                .hasSize(questions)
                .startsWith("Q1", "Q2");
        List<Map<String, Object>> itemSeries = (List<Map<String, Object>>) items.get("series");
        org.assertj.core.api.Assertions.assertThat(itemSeries).hasSize(2);
        List<Number> facility = (List<Number>) itemSeries.getFirst().get("values");
        org.assertj.core.api.Assertions.assertThat(facility.subList(0, 3))
                .extracting(v -> v == null ? null : v.intValue())
                .containsExactly(100, 0, null);
        Accessibility.assertNoSeriousViolations(page);
        page.context().close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void inDarkModeTheBarsTakeTheDarkThemesColour() {
        Page light = report(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
        Page dark = report(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));

        Object lightColour = ((List<Map<String, Object>>) chartsOn(light).get(1).get("series"))
                .getFirst()
                .get("colour");
        Object darkColour = ((List<Map<String, Object>>) chartsOn(dark).get(1).get("series"))
                .getFirst()
                .get("colour");

        org.assertj.core.api.Assertions.assertThat(darkColour).isNotNull().isNotEqualTo(lightColour);
        light.context().close();
        dark.context().close();
    }

    @Test
    void theChartsFitAPhoneScreen() {
        Page page = report(new Browser.NewContextOptions().setViewportSize(375, 740));

        List<Map<String, Object>> charts = chartsOn(page);

        org.assertj.core.api.Assertions.assertThat(charts)
                .allSatisfy(
                        chart -> org.assertj.core.api.Assertions.assertThat(((Number) chart.get("width")).doubleValue())
                                .isBetween(250.0, 375.0));
        assertThat(page.locator(".chart").first()).isVisible();
        page.context().close();
    }
}
