package org.sourcewise.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ui.ArticlePane;
import org.sourcewise.practice.AttemptView;
import org.sourcewise.practice.Marking;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeException;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.questions.QuestionType;
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
    final Div feedback = new Div();

    RadioButtonGroup<Integer> choices;
    OrderingList ordering;
    Button check;
    Button next;

    private final PracticeService practice;
    private final ArticleService articles;
    private final Map<Long, ArticlePane> panes = new HashMap<>();
    private final Div articleSlot = new Div();
    private AttemptView attempt;
    private String title = "Quiz";

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
        } catch (PracticeException e) {
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
        showNext();
    }

    private void showNext() {
        updateProgress();
        attempt.questions().stream().filter(q -> !q.answered()).findFirst()
                .ifPresentOrElse(this::ask, this::showScore);
    }

    private void updateProgress() {
        int total = attempt.questions().size();
        long answered = attempt.answeredCount();
        progress.setValue(total == 0 ? 1 : (double) answered / total);
        progressText.setText(answered + " of " + total + " answered");
        progress.getElement().setAttribute("aria-valuetext", answered + " of " + total + " answered");
    }

    private void ask(PlayerQuestion question) {
        questionPanel.removeAll();
        feedback.removeAll();
        ArticlePane pane = pane(question.articleId());
        pane.highlight(List.of());
        H2 heading = new H2("Question " + (question.position() + 1) + " of " + attempt.questions().size());
        questionPanel.add(heading);
        questionPanel.add(stem(question.stem()));
        Component answerInput;
        if (question.type() == QuestionType.TIME_ORDER) {
            ordering = new OrderingList(question.choices());
            choices = null;
            answerInput = ordering;
        } else {
            choices = new RadioButtonGroup<>("Your answer");
            choices.setItems(IntStream.range(0, question.choices().size()).boxed().toList());
            choices.setItemLabelGenerator(question.choices()::get);
            choices.addClassName("answer-choices");
            ordering = null;
            answerInput = choices;
        }
        check = new Button("Check answer", event -> submit(question, pane));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("big-button");
        feedback.addClassName("answer-feedback");
        feedback.getElement().setAttribute("role", "status");
        questionPanel.add(answerInput, check, feedback);
        heading.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus()");
    }

    private static Div stem(String stem) {
        Div shown = new Div();
        shown.addClassName("question-stem");
        List<String> lines = stem.lines().toList();
        shown.add(new Paragraph(lines.getFirst()));
        if (lines.size() > 1) {
            Paragraph quoted = new Paragraph(String.join("\n", lines.subList(1, lines.size())));
            quoted.addClassName("question-quote");
            shown.add(quoted);
        }
        return shown;
    }

    private void submit(PlayerQuestion question, ArticlePane pane) {
        List<Integer> response = ordering != null ? ordering.order()
                : choices.getValue() == null ? List.of() : List.of(choices.getValue());
        Marking marking;
        try {
            marking = practice.answer(attempt.id(), question.position(), response);
        } catch (PracticeException e) {
            feedback.removeAll();
            feedback.add(new Paragraph(e.getMessage()));
            feedback.getElement().setAttribute("class", "answer-feedback problem");
            return;
        }
        attempt = attempt.answered(question.position(), marking);
        updateProgress();
        if (choices != null) {
            choices.setReadOnly(true);
        } else {
            ordering.lock();
        }
        check.setVisible(false);
        showFeedback(question, marking);
        pane.highlight(marking.evidence());
        boolean last = attempt.finished();
        next = new Button(last ? "See your score" : "Next question", event -> showNext());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("big-button");
        questionPanel.add(next);
        next.focus();
    }

    private void showFeedback(PlayerQuestion question, Marking marking) {
        feedback.removeAll();
        feedback.getElement().setAttribute("class", "answer-feedback " + (marking.correct() ? "right" : "wrong"));
        Span verdict = new Span(marking.correct() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new Span(marking.correct() ? "Right." : "Not quite."));
        verdict.addClassName("verdict");
        feedback.add(verdict);
        if (!marking.correct()) {
            feedback.add(new Paragraph("Your answer: " + Answers.describe(question, marking.response())),
                    new Paragraph("The right answer: " + Answers.describe(question, marking.answer())));
        }
        if (!marking.explanation().isBlank()) {
            feedback.add(new Paragraph(marking.explanation()));
        }
        if (!marking.evidence().isEmpty()) {
            feedback.add(new Paragraph("The evidence is marked in the article."));
        }
    }

    private void showScore() {
        questionPanel.removeAll();
        panes.values().forEach(pane -> pane.highlight(List.of()));
        H2 score = new H2("You got " + attempt.rightAnswers() + " of " + attempt.questions().size() + " right");
        score.addClassName("final-score");
        questionPanel.add(score, new Review(attempt),
                new Div(new RouterLink("Back to practice", PracticeView.class),
                        new RouterLink("Your history", HistoryView.class)));
        score.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus()");
    }

    private ArticlePane pane(long articleId) {
        ArticlePane pane = panes.computeIfAbsent(articleId, id -> articles.findForReading(id).map(ArticlePane::new)
                .orElseGet(() -> new ArticlePane(new ArticleReading(id, "Article removed", null, null, null,
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
