package org.sourcewise.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.Response;
import org.sourcewise.questions.AnswerFormat;

/** The field a student answers one question with, by its format, and what they gave in it. */
record AnswerInput(Component field, Supplier<Response> response, Runnable lock) {

    static AnswerInput of(PlayerQuestion question) {
        List<String> choices = question.choices();
        return switch (question.format()) {
            case ONE_CHOICE, TRUE_FALSE -> {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>("Your answer");
                group.setItems(question.shown());
                group.setItemLabelGenerator(choices::get);
                group.addClassName("answer-choices");
                yield new AnswerInput(
                        group,
                        () -> Response.choosing(group.getValue() == null ? List.of() : List.of(group.getValue())),
                        locking(group));
            }
            case SEVERAL_CHOICES -> {
                CheckboxGroup<Integer> group = new CheckboxGroup<>("Tick every right answer");
                group.setItems(question.shown());
                group.setItemLabelGenerator(choices::get);
                group.addClassName("answer-choices");
                yield new AnswerInput(
                        group,
                        () -> Response.choosing(
                                group.getValue().stream().sorted().toList()),
                        locking(group));
            }
            case ORDERING -> {
                OrderingList ordering = new OrderingList(choices, question.shown());
                yield new AnswerInput(ordering, () -> Response.choosing(ordering.order()), ordering::lock);
            }
            case MATCHING -> {
                Div pairs = new Div();
                pairs.addClassName("answer-matches");
                List<Select<Integer>> selects = question.items().stream()
                        .map(item -> {
                            Select<Integer> select = new Select<>();
                            select.setLabel(item);
                            select.setItems(question.shown());
                            select.setItemLabelGenerator(choices::get);
                            select.setPlaceholder("Choose a match");
                            pairs.add(select);
                            return select;
                        })
                        .toList();
                yield new AnswerInput(
                        pairs,
                        () -> Response.choosing(selects.stream()
                                .map(Select::getValue)
                                .takeWhile(value -> value != null)
                                .toList()),
                        () -> selects.forEach(s -> s.setReadOnly(true)));
            }
            case SHORT_ANSWER, NUMERIC -> {
                TextField typed = new TextField("Your answer");
                typed.setMaxLength(1000);
                typed.addClassName("answer-typed");
                if (question.format() == AnswerFormat.NUMERIC) {
                    typed.getElement().setAttribute("inputmode", "decimal");
                    typed.setHelperText("A number, such as 7 or 3.5");
                }
                yield new AnswerInput(typed, () -> Response.typing(typed.getValue()), locking(typed));
            }
        };
    }

    private static Runnable locking(HasValue<?, ?> field) {
        return () -> field.setReadOnly(true);
    }
}
