package org.sourcewise.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sourcewise.chart.BarChart;
import org.sourcewise.common.Refusal;
import org.sourcewise.common.ui.Grids;
import org.sourcewise.report.ClassResults;
import org.sourcewise.report.ItemAnalysis;
import org.sourcewise.report.QuestionStats;
import org.sourcewise.report.QuizReport;
import org.sourcewise.report.QuizResponses;
import org.sourcewise.report.ResultsCsv;
import org.sourcewise.security.Roles;

/**
 * A teacher's report on one quiz in one of their classes: the score distribution, each question's facility and
 * discrimination, its most chosen wrong answer, every student's answers, and the same as CSV. Each chart is an
 * image with a summary for assistive technology; its figures stand beside it as text, in a list or the table.
 */
@Route("reports/:classroomId/:quizId")
@RolesAllowed(Roles.TEACHER)
class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<QuestionStats> questions = Grids.wrapping();
    final Grid<QuizResponses.Student> students = Grids.wrapping();
    Anchor csv;
    Anchor answersCsv;
    Anchor questionsCsv;

    private final ClassResults results;
    private String title = "Report";

    // setParameter makes the downloads with the report; the page that says the quiz is not found never reads them
    @SuppressWarnings("NullAway.Init")
    ReportView(ClassResults results) {
        this.results = results;
        addClassName("report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long classroomId = event.getRouteParameters().getLong("classroomId").orElse(-1L);
        long quizId = event.getRouteParameters().getLong("quizId").orElse(-1L);
        QuizResponses responses;
        try {
            responses = results.responsesTo(classroomId, quizId);
        } catch (Refusal e) {
            title = "Report not found";
            add(new H1(title), new Paragraph(e.getMessage()), new Anchor("classes", "My classes"));
            return;
        }
        show(classroomId, ItemAnalysis.analyse(responses));
    }

    private void show(long classroomId, QuizReport report) {
        QuizResponses responses = report.responses();
        title = "Report: " + responses.quizTitle();
        String name = responses.quizTitle().replaceAll("[^\\p{L}\\p{N}]+", "-");
        csv = download(ResultsCsv.write(responses), name + ".csv", "Download the scores as CSV (one row per student)");
        answersCsv = download(
                ResultsCsv.answers(responses),
                name + "-answers.csv",
                "Download the answers as CSV (one row per student and question, with the time)");
        questionsCsv = download(
                ResultsCsv.questions(responses),
                name + "-questions.csv",
                "Download the questions and their keys as CSV");
        Div downloads = new Div(csv, answersCsv, questionsCsv);
        downloads.addClassName("report-links");
        long started = responses.students().stream()
                .filter(QuizResponses.Student::started)
                .count();
        add(
                new Anchor("classes/" + classroomId, "\u2190 Back to the class"),
                new H1(title),
                new Paragraph(started + " of " + responses.students().size() + " students have answered."),
                downloads,
                new H2("Scores"),
                distributionChart(report.scoreDistribution()),
                distribution(report.scoreDistribution()),
                new H2("Questions"),
                questionChart(report.questions()),
                questionGrid(report.questions()),
                new H2("Students"),
                studentGrid(responses));
    }

    private static Anchor download(byte[] file, String fileName, String label) {
        return new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(file), fileName, "text/csv; charset=utf-8", file.length)),
                label);
    }

    private static BarChart distributionChart(List<Integer> counts) {
        List<String> scores = IntStream.range(0, counts.size())
                .mapToObj(score -> score + " right")
                .toList();
        return new BarChart(
                "Score distribution: "
                        + IntStream.range(0, counts.size())
                                .mapToObj(score -> scores.get(score) + ", " + students(counts.get(score)))
                                .collect(Collectors.joining("; ")),
                scores,
                BarChart.Axis.titled("Questions right"),
                BarChart.Axis.counts("Students"),
                List.of(new BarChart.Series(
                        "Students", counts.stream().map(Integer::doubleValue).toList())));
    }

    private static OrderedList distribution(List<Integer> counts) {
        OrderedList figures = new OrderedList();
        figures.addClassName("chart-figures");
        for (int score = 0; score < counts.size(); score++) {
            figures.add(new ListItem(score + " right: " + students(counts.get(score))));
        }
        return figures;
    }

    private static String students(int count) {
        return count + (count == 1 ? " student" : " students");
    }

    /**
     * Facility and discrimination on one scale: discrimination is the upper group's share right minus the lower
     * group's, so in percentage points it reads against the facility's percentages.
     */
    private static BarChart questionChart(List<QuestionStats> stats) {
        return new BarChart(
                "Facility and discrimination of each question; the figures are in the table below.",
                stats.stream().map(ReportView::number).toList(),
                BarChart.Axis.titled("Question"),
                BarChart.Axis.range("Percent", -100, 100),
                List.of(
                        new BarChart.Series(
                                "Facility: % of answers right",
                                stats.stream()
                                        .map(s -> s.facility() == null ? null : 100 * s.facility())
                                        .toList()),
                        new BarChart.Series(
                                "Discrimination: upper group's % right minus lower group's",
                                stats.stream()
                                        .map(s -> s.discrimination() == null ? null : 100 * s.discrimination())
                                        .toList())));
    }

    private static String number(QuestionStats stats) {
        return "Q" + (stats.position() + 1);
    }

    private Grid<QuestionStats> questionGrid(List<QuestionStats> stats) {
        questions
                .addColumn(ReportView::number)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions.addColumn(QuestionStats::title).setHeader("Question").setFlexGrow(3);
        questions
                .addColumn(s -> s.facility() == null
                        ? "no answers"
                        : percent(s.facility()) + " right (" + s.right() + " of " + s.answered() + ")")
                .setHeader("Facility")
                .setAutoWidth(true);
        questions
                .addColumn(s -> s.discrimination() == null
                        ? "too few students"
                        : String.format(Locale.ENGLISH, "%+.2f", s.discrimination()))
                .setHeader("Discrimination")
                .setAutoWidth(true);
        questions
                .addColumn(s ->
                        s.mostChosenWrong() == null ? "" : s.mostChosenWrong() + " (" + s.mostChosenWrongCount() + ")")
                .setHeader("Most chosen wrong answer")
                .setFlexGrow(2);
        questions.setItems(stats);
        questions.setAllRowsVisible(true);
        questions.setAriaLabel("Questions");
        return questions;
    }

    private Grid<QuizResponses.Student> studentGrid(QuizResponses responses) {
        students.addColumn(QuizResponses.Student::name).setHeader("Student").setFlexGrow(2);
        students.addColumn(s ->
                        s.started() ? s.right() + " of " + responses.questions().size() : "not started")
                .setHeader("Score")
                .setAutoWidth(true);
        for (QuizResponses.Item item : responses.questions()) {
            // The number keeps the table narrow; the title, as the header's tooltip and accessible name, says which.
            Span header = new Span("Q" + (item.position() + 1));
            header.getElement().setAttribute("title", item.title());
            header.getElement().setAttribute("aria-label", "Q" + (item.position() + 1) + " " + item.title());
            students.addColumn(s -> mark(s.responses().get(item.position())))
                    .setHeader(header)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        students.setItems(responses.students());
        students.setAllRowsVisible(true);
        students.setAriaLabel("Students");
        return students;
    }

    /** Right and wrong in words as well as symbols, so that neither colour nor a glyph alone carries it. */
    private static String mark(QuizResponses.Response response) {
        return response == null ? "\u2013" : response.correct() ? "\u2714 right" : "\u2718 wrong";
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    @Override
    public String getPageTitle() {
        return title + " · Sourcewise";
    }
}
