package org.sourcewise.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sourcewise.bank.AnswerKey;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.MatchPair;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.questions.AnswerFormat;

/**
 * A question as a student meets it in the player: its text and what they choose from, with no key marked. The player
 * shuffles an own question's choices and an ordering's items for each attempt, so the order here is one of many.
 */
class QuestionPreview extends Dialog {

    QuestionPreview(KeyedQuestion question) {
        setHeaderTitle("What a student sees");
        Div body = new Div();
        body.addClassName("question-preview");
        question.stem().lines().filter(line -> !line.isBlank()).forEach(line -> {
            Paragraph shown = new Paragraph(line);
            shown.addClassName(line.startsWith("\u201c") || line.startsWith("\"") ? "question-quote" : "question-stem");
            body.add(shown);
        });
        body.add(new Paragraph(answerHint(question.format())));
        List<String> choices = choices(question);
        if (!choices.isEmpty()) {
            body.add(list(choices));
        }
        if (question.written() instanceof WrittenQuestion.Gifted gifted
                && gifted.question().kind() instanceof QuestionKind.Matching matching) {
            body.add(
                    new Paragraph("to one of:"),
                    list(matching.pairs().stream()
                            .map(MatchPair::match)
                            .sorted()
                            .toList()));
        }
        add(body);
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
    }

    /** What the student chooses from, in an order that gives nothing away: an ordering's items sorted, not in order. */
    private static List<String> choices(KeyedQuestion question) {
        return switch (question.format()) {
            case SHORT_ANSWER, NUMERIC -> List.of();
            case ORDERING -> question.choices().stream().sorted().toList();
            case MATCHING ->
                question.written() instanceof WrittenQuestion.Gifted gifted
                                && gifted.question().kind() instanceof QuestionKind.Matching matching
                        ? matching.pairs().stream()
                                .filter(pair -> !pair.isDistractor())
                                .map(MatchPair::item)
                                .toList()
                        : List.of();
            default ->
                AnswerKey.of(question).stream()
                        .map(line -> line.text().replaceFirst(" \\(\\d+ %\\)$", ""))
                        .toList();
        };
    }

    private static UnorderedList list(List<String> texts) {
        UnorderedList list = new UnorderedList();
        list.addClassName("preview-choices");
        texts.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    private static String answerHint(AnswerFormat format) {
        return switch (format) {
            case ONE_CHOICE -> "The student picks one of:";
            case SEVERAL_CHOICES -> "The student ticks every right one of:";
            case TRUE_FALSE -> "The student answers:";
            case SHORT_ANSWER -> "The student types a word or a phrase.";
            case NUMERIC -> "The student types a number.";
            case ORDERING -> "The student puts these in order (they come shuffled):";
            case MATCHING -> "The student pairs each item with its match:";
        };
    }
}
