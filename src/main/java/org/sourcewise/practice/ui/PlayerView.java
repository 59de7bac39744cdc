package org.sourcewise.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ui.ArticlePane;
import org.sourcewise.common.Refusal;
import org.sourcewise.practice.AttemptState;
import org.sourcewise.practice.Marking;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.security.Roles;

/**
 * Plays one of the student's attempts: the article beside the questions (stacked on a phone), one question at a
 * time, and after each answer whether it was right, the evidence marked in the article and the explanation. Every
 * answer is saved when given, so opening the attempt again resumes at the first question not yet answered.
 */
@Route("attempts")
@RolesAllowed(Roles.STUDENT)
class PlayerView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div questionPanel = new Div();

    QuestionCard current;
    Button next;

    private final PracticeService practice;
    private final ArticleService articles;
    private final Map<Long, ArticlePane> panes = new HashMap<>();
    private final Div articleSlot = new Div();
    private AttemptState attempt;
    private String title = "Quiz";

    // setParameter opens the attempt and asks its first question; the page that says it is not found reads neither
    @SuppressWarnings("NullAway.Init")
    PlayerView(PracticeService practice, ArticleService articles) {
        this.practice = practice;
        this.articles = articles;
        addClassName("player-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        removeAll();
        try {
            attempt = practice.attempt(attemptId);
        } catch (Refusal e) {
            title = "Quiz not found";
            add(new H1(title), new Paragraph(e.getMessage()), new RouterLink("Back to practice", PracticeView.class));
            return;
        }
        title = attempt.title();
        progress.setId("quiz-progress");
        progressText.getElement().setAttribute("aria-hidden", "true");
        progress.getElement().setAttribute("aria-label", "Progress through the quiz");
        Div header = new Div(new H1(attempt.title()), progressText, progress);
        header.addClassName("player-header");
        questionPanel.addClassName("player-question");
        articleSlot.addClassName("player-article-slot");
        Div body = new Div(questionPanel, articleSlot);
        body.addClassName("player-body");
        add(header, body);
        int passed = attempt.questions().size() - attempt.available().size();
        if (passed > 0) {
            Paragraph notice = new Paragraph((passed == 1
                            ? "One question of this quiz cannot be shown"
                            : passed + " questions of this quiz cannot be shown")
                    + " and " + (passed == 1 ? "is" : "are")
                    + " left out; your teacher can see why. Go on with the others.");
            notice.addClassName("player-notice");
            notice.getElement().setAttribute("role", "status");
            header.add(notice);
        }
        showNext();
    }

    private void showNext() {
        updateProgress();
        if (attempt.settings().allAtOnce()) {
            showAll();
            return;
        }
        attempt.questions().stream().filter(q -> !q.done()).findFirst().ifPresentOrElse(this::ask, this::showScore);
    }

    private void updateProgress() {
        int total = attempt.available().size();
        long answered = attempt.answeredCount();
        progress.setValue(total == 0 ? 1 : (double) answered / total);
        progressText.setText(answered + " of " + total + " answered");
        progress.getElement().setAttribute("aria-valuetext", answered + " of " + total + " answered");
    }

    private void ask(PlayerQuestion question) {
        questionPanel.removeAll();
        ArticlePane pane = pane(question.articleId());
        pane.highlight(List.of());
        current = card(question, pane);
        questionPanel.add(current);
        current.focus();
    }

    /** Every question on one page; the article shows whichever question the student last looked at. */
    private void showAll() {
        questionPanel.removeAll();
        if (attempt.finished()) {
            showScore();
            return;
        }
        for (PlayerQuestion question : attempt.available()) {
            QuestionCard card = card(question, null);
            card.getElement().addEventListener("focusin", event -> pane(question.articleId()));
            questionPanel.add(card);
        }
        pane(attempt.available().getFirst().articleId()).highlight(List.of());
    }

    private QuestionCard card(PlayerQuestion question, @Nullable ArticlePane shownPane) {
        List<PlayerQuestion> numbered = attempt.available();
        return new QuestionCard(question, numbered.indexOf(question) + 1, numbered.size(), response -> {
            Marking marking = practice.answer(attempt.id(), question.position(), response);
            answered(question, marking, shownPane == null ? pane(question.articleId()) : shownPane);
            return marking;
        });
    }

    private void answered(PlayerQuestion question, Marking marking, ArticlePane pane) {
        attempt = attempt.answered(question.position(), marking);
        updateProgress();
        pane.highlight(marking.evidence());
        if (attempt.finished() && attempt.settings().feedbackAtEnd()) {
            // The other answers' keys were withheld until now; the finished attempt has them all.
            attempt = practice.attempt(attempt.id());
        }
        if (attempt.settings().allAtOnce()) {
            if (attempt.finished()) {
                next = new Button("See your score", event -> showScore());
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                next.addClassName("big-button");
                questionPanel.add(next);
                next.focus();
            }
            return;
        }
        next = new Button(attempt.finished() ? "See your score" : "Next question", event -> showNext());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("big-button");
        questionPanel.add(next);
        next.focus();
    }

    private void showScore() {
        questionPanel.removeAll();
        panes.values().forEach(pane -> pane.highlight(List.of()));
        H2 score = new H2("You got " + attempt.rightAnswers() + " of "
                + attempt.available().size() + " right");
        score.addClassName("final-score");
        Div links = new Div(
                new RouterLink("Back to practice", PracticeView.class),
                new RouterLink("Your history", HistoryView.class));
        if (attempt.practiceArticleId() != null) {
            long articleId = attempt.practiceArticleId();
            Button another = new Button("Another set", event -> {
                try {
                    UI.getCurrent().navigate(PlayerView.class, practice.startPractice(articleId));
                } catch (Refusal e) {
                    questionPanel.add(new Paragraph(e.getMessage()));
                }
            });
            another.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            another.addClassName("big-button");
            links.addComponentAsFirst(another);
        }
        questionPanel.add(score, new Review(attempt), links);
        score.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus()");
    }

    private ArticlePane pane(long articleId) {
        ArticlePane pane = panes.computeIfAbsent(
                articleId,
                id -> articles.findForReading(id)
                        .map(ArticlePane::new)
                        .orElseGet(() -> new ArticlePane(new ArticleReading(
                                id,
                                "Article removed",
                                null,
                                null,
                                null,
                                List.of("This article has been removed from the library.")))));
        articleSlot.removeAll();
        articleSlot.add(pane);
        return pane;
    }

    @Override
    public String getPageTitle() {
        return title + " · Sourcewise";
    }
}
