package org.sourcewise.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts choices in order with "Move up" and "Move down" buttons rather than dragging, so that it works with a
 * keyboard, a screen reader and a thumb alike.
 */
class OrderingList extends Div {

    private final List<String> choices;
    private final List<Integer> order = new ArrayList<>();
    private final OrderedList list = new OrderedList();
    private final Div announcer = new Div();
    private boolean enabled = true;

    /** {@code start} is the order in which the student first sees the choices. */
    OrderingList(List<String> choices, List<Integer> start) {
        this.choices = choices;
        order.addAll(start);
        addClassName("ordering");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(list, announcer);
        render(-1, false);
    }

    /** The choices' indexes from first to last, as the student has placed them. */
    List<Integer> order() {
        return List.copyOf(order);
    }

    // order.remove(from) takes the item at that place, never an item equal to it
    @SuppressWarnings("ListRemoveAmbiguous")
    void move(int from, int to) {
        if (!enabled || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        announcer.setText("“" + choices.get(order.get(to)) + "” is now number " + (to + 1) + ".");
        render(to, to > from);
    }

    void lock() {
        enabled = false;
        render(-1, false);
    }

    private void render(int focusAt, boolean movedDown) {
        list.removeAll();
        for (int at = 0; at < order.size(); at++) {
            String text = choices.get(order.get(at));
            int position = at;
            Button up = arrow(VaadinIcon.ARROW_UP, "Move up: " + text, () -> move(position, position - 1));
            Button down = arrow(VaadinIcon.ARROW_DOWN, "Move down: " + text, () -> move(position, position + 1));
            up.setEnabled(enabled && at > 0);
            down.setEnabled(enabled && at < order.size() - 1);
            ListItem item = new ListItem(new Span(text), new Div(up, down));
            list.add(item);
            if (at == focusAt) {
                // Keep the focus on the button just pressed, unless it has just been disabled at an end.
                (movedDown ? (down.isEnabled() ? down : up) : (up.isEnabled() ? up : down)).focus();
            }
        }
    }

    private static Button arrow(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
