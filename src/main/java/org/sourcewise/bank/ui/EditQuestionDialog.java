package org.sourcewise.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionEdit;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.questions.QuestionType;

/**
 * Rewords a question: its text, its choices, which one is right, the explanation. Nothing is saved until the
 * teacher presses Save, and a refused edit keeps the dialog open with the reason.
 */
class EditQuestionDialog extends Dialog {

    final TextArea stem = new TextArea("Question");
    final List<TextField> choices = new ArrayList<>();
    final RadioButtonGroup<Integer> right = new RadioButtonGroup<>("Right answer");
    final TextArea explanation = new TextArea("Explanation shown after answering");
    final FormMessage problem = new FormMessage();
    final Button save = new Button("Save");

    EditQuestionDialog(KeyedQuestion question, Consumer<QuestionEdit> onSave) {
        setHeaderTitle("Edit question " + (question.position() + 1));
        stem.setValue(question.stem());
        stem.setWidthFull();
        Div fields = new Div(stem);
        for (int i = 0; i < question.choices().size(); i++) {
            TextField choice = new TextField("Choice " + (char) ('A' + i));
            choice.setValue(question.choices().get(i));
            choice.setWidthFull();
            choices.add(choice);
            fields.add(choice);
        }
        boolean ordering = question.type() == QuestionType.TIME_ORDER;
        if (!ordering) {
            right.setItems(IntStream.range(0, question.choices().size()).boxed().toList());
            right.setItemLabelGenerator(i -> "Choice " + (char) ('A' + i));
            right.setValue(question.answer().getFirst());
            fields.add(right);
        }
        explanation.setValue(question.explanation());
        explanation.setWidthFull();
        fields.add(explanation, problem);
        add(fields);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            // An ordering question keeps its order: the choices are reworded in place.
            List<Integer> answer =
                    ordering ? question.answer() : right.getValue() == null ? List.of() : List.of(right.getValue());
            if (problem.attempt(() -> onSave.accept(new QuestionEdit(
                    stem.getValue(),
                    choices.stream().map(TextField::getValue).toList(),
                    answer,
                    explanation.getValue())))) {
                close();
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
