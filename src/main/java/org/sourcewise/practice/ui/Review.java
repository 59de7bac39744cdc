package org.sourcewise.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import org.sourcewise.practice.AttemptState;
import org.sourcewise.practice.Marking;
import org.sourcewise.practice.PlayerQuestion;

/** Every question of a finished attempt with the student's answer, the right one and the explanation. */
class Review extends Div {

    Review(AttemptState attempt) {
        addClassName("attempt-review");
        OrderedList list = new OrderedList();
        for (PlayerQuestion question : attempt.available()) {
            ListItem item = new ListItem();
            item.add(new H3(question.stem().lines().findFirst().orElse("")));
            question.stem().lines().skip(1).forEach(line -> item.add(new Paragraph(line)));
            Marking marking = question.marking();
            if (marking != null) {
                boolean right = marking.correct();
                Paragraph verdict = new Paragraph((right ? "Right: " : "Wrong: ") + marking.given());
                verdict.addClassName(right ? "right" : "wrong");
                item.add(verdict);
                if (!right) {
                    item.add(new Paragraph("The right answer: " + marking.expected()));
                }
                item.add(new Paragraph(marking.explanation()));
            } else {
                item.add(new Paragraph("Not answered."));
            }
            list.add(item);
        }
        add(new H3("Review"), list);
    }
}
