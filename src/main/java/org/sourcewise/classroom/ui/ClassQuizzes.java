package org.sourcewise.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.Grids;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizLimits;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSummary;
import org.sourcewise.report.ClassResults;
import org.sourcewise.report.StudentResult;

/**
 * A class's quizzes: assigning an article's questions as a quiz, a report on each, and every student's latest
 * score on each.
 */
class ClassQuizzes extends Div {

    private static final DateTimeFormatter FINISHED =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final ComboBox<ArticleSummary> article = new ComboBox<>("Article");
    final TextField title = new TextField("Quiz title");
    final Button assign = new Button("Assign to this class");
    final ComboBox<QuizSummary> quiz = new ComboBox<>("Or assign one of your quizzes");
    final Button assignQuiz = new Button("Assign this quiz");
    final Button runQuiz = new Button("Run it live");
    final FormMessage message = new FormMessage();
    final Grid<StudentResult> results = Grids.wrapping();
    final UnorderedList reports = new UnorderedList();

    private final QuizService quizzes;
    private final ClassResults classResults;
    private final long classroomId;

    ClassQuizzes(long classroomId, QuizService quizzes, ClassResults classResults, ArticleService articles) {
        this.classroomId = classroomId;
        this.quizzes = quizzes;
        this.classResults = classResults;
        addClassName("class-quizzes");

        article.setItems(articles.findArticles(""));
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setWidthFull();
        article.addValueChangeListener(event -> {
            if (event.getValue() != null && title.isEmpty()) {
                title.setValue(event.getValue().title());
            }
        });
        title.setMaxLength(QuizLimits.TITLE + 1);
        title.setWidthFull();
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(event -> assign());
        quiz.setItems(quizzes.myQuizzes());
        quiz.setItemLabelGenerator(q -> q.title() + " (" + q.questionCount() + " questions)");
        quiz.setWidthFull();
        assignQuiz.addClickListener(event -> assignQuiz());
        runQuiz.addClickListener(event -> runQuiz());

        results.addColumn(StudentResult::studentName).setHeader("Student").setFlexGrow(2);
        results.addColumn(StudentResult::quizTitle).setHeader("Quiz").setFlexGrow(3);
        results.addColumn(ClassQuizzes::score).setHeader("Score").setAutoWidth(true);
        results.addColumn(r -> r.finishedAt() == null ? "" : FINISHED.format(r.finishedAt()))
                .setHeader("Finished")
                .setAutoWidth(true);
        results.setAllRowsVisible(true);
        results.setAriaLabel("Results");

        reports.addClassName("report-links");
        add(
                new H2("Quizzes"),
                article,
                title,
                assign,
                quiz,
                new Div(assignQuiz, runQuiz),
                message,
                reports,
                new H2("Results"),
                results);
        refresh();
    }

    static String score(StudentResult result) {
        if (result.attemptId() == null) {
            return "Not started";
        }
        String score = result.right() + " of " + result.questions();
        return result.finishedAt() != null ? score : score + " so far (" + result.answered() + " answered)";
    }

    private void assign() {
        if (article.getValue() == null) {
            message.showError("Choose an article first.");
            return;
        }
        message.attempt(() -> quizzes.assignArticle(article.getValue().id(), title.getValue(), classroomId))
                .ifPresent(given -> {
                    assigned(given);
                    article.clear();
                    title.clear();
                });
    }

    private void assignQuiz() {
        if (quiz.getValue() == null) {
            message.showError("Choose a quiz first; build one under Quizzes.");
            return;
        }
        message.attempt(() -> quizzes.assign(quiz.getValue().id(), classroomId)).ifPresent(given -> {
            assigned(given);
            quiz.clear();
        });
    }

    /** A live session plays any of the teacher's quizzes; its start page says whether the answers reach the reports. */
    private void runQuiz() {
        if (quiz.getValue() == null) {
            message.showError("Choose a quiz first; build one under Quizzes.");
            return;
        }
        getUI().ifPresent(ui ->
                ui.navigate("live/start/" + classroomId + "/" + quiz.getValue().id()));
    }

    private void assigned(AssignedQuiz given) {
        message.showDone("“" + given.title() + "” (" + given.questionIds().size()
                + " questions) is assigned; your students see it under Practice.");
        refresh();
    }

    private void refresh() {
        results.setItems(classResults.resultsOf(classroomId));
        reports.removeAll();
        for (AssignedQuiz quiz : quizzes.quizzesOf(classroomId)) {
            reports.add(new ListItem(
                    new Anchor("reports/" + classroomId + "/" + quiz.quizId(), "Report on “" + quiz.title() + "”"),
                    new Span(" · "),
                    new Anchor("live/start/" + classroomId + "/" + quiz.quizId(), "Run “" + quiz.title() + "” live")));
        }
    }
}
