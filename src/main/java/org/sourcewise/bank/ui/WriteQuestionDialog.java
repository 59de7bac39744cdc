package org.sourcewise.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.bank.QuestionBankException;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.GiftError;
import org.sourcewise.gift.GiftLimits;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.GiftSyntaxException;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.gift.Stem;

/**
 * A teacher writes a question of their own, or rewrites one: one or several right choices, true or false, a short
 * answer, an ordering, or any GIFT question (matching, numeric, weights) typed as GIFT. Choices are written one per
 * line, a right one starting with *, feedback after #. {@code save} stores it and the evidence passage, or throws
 * with a message the dialog shows.
 */
class WriteQuestionDialog extends Dialog {

    enum Kind {
        ONE("One right choice"),
        SEVERAL("Several right choices"),
        TRUE_FALSE("True or false"),
        SHORT("Short answer"),
        ORDERING("Put in order"),
        GIFT("GIFT text: matching, numeric, weights");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    interface Save {
        void accept(WrittenQuestion question, String evidence);
    }

    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>("Kind of question");
    final TextArea stem = new TextArea("Question");
    final TextArea answers = new TextArea();
    final RadioButtonGroup<Boolean> truth = new RadioButtonGroup<>("The statement is");
    final TextArea gift = new TextArea("The question in GIFT");
    final TextArea explanation = new TextArea("Explanation shown after answering (optional)");
    final TextArea evidence =
            new TextArea("Evidence: a sentence or a few words of the article that answer it (optional)");
    final Button useSelection = new Button("Use the words selected in the article");
    final FormMessage problem = new FormMessage();
    final Button save = new Button("Save question");

    /**
     * @param selection reads the words the teacher has selected in the article beside the dialog and hands them on,
     *                  or null when nothing is selected
     */
    WriteQuestionDialog(
            @Nullable WrittenQuestion existing,
            @Nullable String existingEvidence,
            Consumer<SerializableConsumer<String>> selection,
            Save store) {
        setHeaderTitle(existing == null ? "Write a question" : "Rewrite your question");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k.label);
        kind.addValueChangeListener(event -> showFieldsFor(event.getValue()));
        truth.setItems(true, false);
        truth.setItemLabelGenerator(value -> value ? "True" : "False");
        for (TextArea area : List.of(stem, answers, gift, explanation, evidence)) {
            area.setWidthFull();
            // One character over the limit gets through, so that a longer paste is refused with the limit named
            // instead of cut short without a word by the browser.
            area.setMaxLength(WrittenQuestion.MAX_TEXT + 1);
        }
        gift.setMaxLength(GiftLimits.QUESTION + 1);
        gift.setHelperText(
                "For example: Who spoke first? {=Truss ~Lavrov ~Johnson} or Match: {=Truss -> UK =Lavrov -> Russia}");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (problem.attempt(() -> store.accept(written(), evidence.getValue()))) {
                close();
            }
        });
        // Not modal, so the teacher can select the evidence in the article while the dialog stays open.
        setModal(false);
        setDraggable(true);
        // On the left, over the question list, so the article on the right stays in view to select from.
        setLeft("1rem");
        setTop("4rem");
        setWidth("min(36rem, calc(100vw - 2rem))");
        setMaxHeight("calc(100vh - 5rem)");
        useSelection.addClickListener(event -> selection.accept(words -> {
            if (words == null || words.isBlank()) {
                problem.showError(
                        "Select a sentence or a few words in the article first, then press the button again.");
            } else {
                evidence.setValue(words.strip());
            }
        }));
        add(kind, stem, answers, truth, gift, explanation, evidence, useSelection, problem);
        getFooter().add(new Button("Cancel", event -> close()), save);
        fill(existing);
        evidence.setValue(existingEvidence == null ? "" : existingEvidence);
    }

    private void fill(@Nullable WrittenQuestion existing) {
        kind.setValue(Kind.ONE);
        if (existing instanceof WrittenQuestion.Ordering ordering) {
            kind.setValue(Kind.ORDERING);
            stem.setValue(ordering.stem());
            answers.setValue(String.join("\n", ordering.items()));
            explanation.setValue(ordering.explanation());
        } else if (existing instanceof WrittenQuestion.Gifted gifted) {
            kind.setValue(Kind.GIFT);
            gift.setValue(gifted.giftText().strip());
        }
    }

    private void showFieldsFor(Kind chosen) {
        boolean plain = chosen != Kind.GIFT;
        stem.setVisible(plain);
        explanation.setVisible(plain);
        gift.setVisible(!plain);
        truth.setVisible(chosen == Kind.TRUE_FALSE);
        answers.setVisible(
                chosen == Kind.ONE || chosen == Kind.SEVERAL || chosen == Kind.SHORT || chosen == Kind.ORDERING);
        answers.setLabel(
                switch (chosen) {
                    case ONE -> "Choices, one per line: start the right one with *, add feedback after #";
                    case SEVERAL -> "Choices, one per line: start every right one with *, add feedback after #";
                    case SHORT -> "Accepted answers, one per line (* in an answer matches any letters)";
                    case ORDERING -> "Items in their right order, one per line (students see them shuffled)";
                    default -> "";
                });
    }

    /**
     * The question as the teacher wrote it. The GIFT library, plain Java that knows nothing of the app, says what
     * is wrong in its own exceptions; they become the bank's refusal here, where the GIFT is read.
     */
    WrittenQuestion written() {
        try {
            return asWritten();
        } catch (GiftSyntaxException e) {
            throw new QuestionBankException(
                    (e.errors().size() == 1 ? "This question has a mistake: " : "This question has mistakes: ")
                            + e.errors().stream().map(GiftError::toString).collect(Collectors.joining("; ")));
        } catch (IllegalArgumentException e) {
            throw new QuestionBankException("This question cannot be saved: " + e.getMessage() + ".");
        }
    }

    private WrittenQuestion asWritten() {
        Kind chosen = kind.getValue();
        if (chosen == Kind.GIFT) {
            List<GiftQuestion> parsed = Gift.parse(gift.getValue()).questions();
            if (parsed.size() != 1) {
                throw new QuestionBankException("Write exactly one question in GIFT.");
            }
            return new WrittenQuestion.Gifted(parsed.getFirst());
        }
        if (chosen == Kind.ORDERING) {
            return new WrittenQuestion.Ordering(
                    stem.getValue(), answers.getValue().lines().toList(), explanation.getValue());
        }
        if (stem.getValue().isBlank()) {
            throw new QuestionBankException("The question needs a text.");
        }
        if (answers.getValue().length() > WrittenQuestion.MAX_TEXT) {
            throw new QuestionBankException("The answers may have at most "
                    + String.format("%,d", WrittenQuestion.MAX_TEXT) + " characters together.");
        }
        Optional<String> general = Optional.of(explanation.getValue().strip()).filter(text -> !text.isEmpty());
        QuestionKind asked = switch (chosen) {
            case TRUE_FALSE -> {
                if (truth.getValue() == null) {
                    throw new QuestionBankException("Say whether the statement is true or false.");
                }
                yield QuestionKind.TrueFalse.of(truth.getValue());
            }
            case SHORT ->
                new QuestionKind.ShortAnswer(lines().stream()
                        .map(line -> new Choice(line.text, 100, line.feedback))
                        .toList());
            default -> choices(chosen == Kind.SEVERAL);
        };
        return new WrittenQuestion.Gifted(new GiftQuestion(
                Optional.empty(), Optional.empty(), Stem.of(stem.getValue().strip()), general, asked));
    }

    private QuestionKind choices(boolean several) {
        List<Line> lines = lines();
        long right = lines.stream().filter(line -> line.right).count();
        if (lines.size() < 2 || right == 0 || (!several && right != 1)) {
            throw new QuestionBankException(
                    several
                            ? "Write at least two choices and start every right one with *."
                            : "Write at least two choices and start exactly one, the right one, with *.");
        }
        List<Choice> choices = new ArrayList<>();
        for (Line line : lines) {
            // As Moodle suggests: right answers share the mark, a wrong tick takes it all away.
            double weight = several ? (line.right ? Math.floor(10_000.0 / right) / 100 : -100) : line.right ? 100 : 0;
            choices.add(new Choice(line.text, weight, line.feedback));
        }
        return several ? new QuestionKind.MultipleAnswers(choices) : new QuestionKind.MultipleChoice(choices);
    }

    private record Line(String text, boolean right, Optional<String> feedback) {}

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String raw : answers.getValue()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList()) {
            boolean right = raw.startsWith("*");
            String text = right ? raw.substring(1).strip() : raw;
            int hash = text.indexOf('#');
            Optional<String> feedback = hash < 0
                    ? Optional.empty()
                    : Optional.of(text.substring(hash + 1).strip()).filter(f -> !f.isEmpty());
            text = hash < 0 ? text : text.substring(0, hash).strip();
            if (text.isEmpty()) {
                throw new QuestionBankException("Every line needs an answer before any # feedback.");
            }
            lines.add(new Line(text, right, feedback));
        }
        if (lines.size() > WrittenQuestion.MAX_ITEMS) {
            throw new QuestionBankException("Write at most " + WrittenQuestion.MAX_ITEMS + " answers.");
        }
        return lines;
    }
}
