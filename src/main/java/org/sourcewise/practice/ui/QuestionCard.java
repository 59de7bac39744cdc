package org.sourcewise.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Function;
import org.sourcewise.common.Refusal;
import org.sourcewise.practice.Marking;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.Response;

/**
 * One question of the player: its text, the field to answer in, the button that saves the answer and what the
 * student learns then. {@code save} stores the answer and returns its marking, or throws with what is missing.
 */
class QuestionCard extends Div {

    final H2 heading;
    final AnswerInput input;
    final Button check = new Button("Check answer");
    final Div feedback = new Div();

    /** {@code number} counts among the questions the student can answer, as {@code total} does. */
    QuestionCard(PlayerQuestion question, int number, int total, Function<Response, Marking> save) {
        addClassName("question-card");
        heading = new H2("Question " + number + " of " + total);
        input = AnswerInput.of(question);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("big-button");
        feedback.addClassName("answer-feedback");
        feedback.getElement().setAttribute("role", "status");
        add(heading, stem(question.stem()), input.field(), check, feedback);
        check.addClickListener(event -> {
            try {
                show(save.apply(input.response().get()));
            } catch (Refusal e) {
                feedback.removeAll();
                feedback.add(new Paragraph(e.getMessage()));
                feedback.getElement().setAttribute("class", "answer-feedback problem");
            }
        });
        Marking marking = question.marking();
        if (marking != null) {
            show(marking);
        }
    }

    void focus() {
        heading.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus()");
    }

    private void show(Marking marking) {
        input.lock().run();
        check.setVisible(false);
        feedback.removeAll();
        if (!marking.revealed()) {
            feedback.getElement().setAttribute("class", "answer-feedback saved");
            feedback.add(
                    new Paragraph("Your answer is saved: " + marking.given()),
                    new Paragraph("You will see how you did when you have answered every question."));
            return;
        }
        feedback.getElement().setAttribute("class", "answer-feedback " + (marking.correct() ? "right" : "wrong"));
        Span verdict = new Span(
                marking.correct() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new Span(marking.correct() ? "Right." : "Not quite."));
        verdict.addClassName("verdict");
        feedback.add(verdict);
        if (!marking.correct()) {
            feedback.add(
                    new Paragraph("Your answer: " + marking.given()),
                    new Paragraph("The right answer: " + marking.expected()));
        }
        for (String text : List.of(marking.feedback(), marking.explanation())) {
            if (!text.isBlank()) {
                feedback.add(new Paragraph(text));
            }
        }
        if (!marking.evidence().isEmpty()) {
            feedback.add(new Paragraph("The evidence is marked in the article."));
        }
    }

    static Div stem(String stem) {
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
}
