package org.sourcewise.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.practice.AttemptSummary;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.security.Roles;

/** A student's starting point: the quizzes assigned to their classes, then free practice on any article. */
@Route("practice")
@PageTitle("Practice · Sourcewise")
@RolesAllowed(Roles.STUDENT)
class PracticeView extends Div {

    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final FormMessage message = new FormMessage();

    PracticeView(PracticeService practice, QuizService quizzes, ArticleService articles) {
        addClassName("practice-view");
        Map<Long, AttemptSummary> latestByQuiz = practice.myHistory().stream()
                .filter(a -> a.quizId() != null)
                .collect(Collectors.toMap(AttemptSummary::quizId, a -> a, (newer, older) -> newer));

        UnorderedList assigned = new UnorderedList();
        assigned.addClassName("quiz-list");
        List<AssignedQuiz> mine = quizzes.assignedToMe();
        for (AssignedQuiz quiz : mine) {
            AttemptSummary latest = latestByQuiz.get(quiz.quizId());
            String label = latest == null ? "Start" : latest.finished() || latest.live() ? "Take again" : "Resume";
            String status = latest == null
                    ? "Not started"
                    : latest.finished()
                            ? "Done: " + latest.right() + " of " + latest.questions() + " right"
                            : (latest.live() ? "Played live: " : "In progress: ") + latest.answered() + " of "
                                    + latest.questions() + " answered";
            QuizSettings settings = quiz.settings();
            if (settings.dueAt() != null) {
                status += " · " + (settings.dueBefore(Instant.now()) ? "was due " : "due ")
                        + DUE.format(settings.dueAt());
            }
            if (settings.attemptsAllowed() != null) {
                status += " · "
                        + (settings.attemptsAllowed() == 1 ? "1 attempt" : settings.attemptsAllowed() + " attempts")
                        + " allowed";
            }
            assigned.add(item(
                    quiz.title(),
                    quiz.classroomName() + " · " + status,
                    start(label, quiz.title(), () -> practice.startQuiz(quiz.quizId()))));
        }

        UnorderedList free = new UnorderedList();
        free.addClassName("quiz-list");
        for (ArticleSummary article : articles.findArticles("")) {
            free.add(item(
                    article.title(),
                    article.source() == null ? "" : article.source(),
                    start("Practise", article.title(), () -> practice.startPractice(article.id()))));
        }

        add(
                new H1("Practice"),
                message,
                new H2("Quizzes from your teachers"),
                mine.isEmpty() ? new Paragraph("No quiz has been assigned to your classes yet.") : assigned,
                new H2("Free practice"),
                new Paragraph("Answer questions on any article of the library, in short sets of up to "
                        + PracticeService.PRACTICE_SET + " questions of mixed kinds; after a set, take another."),
                free);
    }

    private static ListItem item(String title, String detail, Button action) {
        Div text = new Div(new Span(title), new Span(detail));
        text.addClassName("quiz-list-text");
        return new ListItem(text, action);
    }

    private Button start(String label, String what, LongSupplier attempt) {
        Button button = new Button(
                label,
                event -> message.attempt(attempt::getAsLong)
                        .ifPresent(attemptId -> UI.getCurrent().navigate(PlayerView.class, attemptId)));
        button.setAriaLabel(label + ": " + what);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
