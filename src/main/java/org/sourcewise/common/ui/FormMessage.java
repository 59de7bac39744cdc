package org.sourcewise.common.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.function.Supplier;
import org.sourcewise.common.Refusal;

/**
 * The line under a form that says what became of the last thing asked: a refusal's reason, marked as an error in
 * words and style, or what was done. {@link #attempt} is where a form meets a refusal; a refusal no form catches
 * reaches {@link ViewErrorHandler}.
 */
public class FormMessage extends Div {

    /** Read out at once, as a refusal must be when the person is still at the form. */
    public FormMessage() {
        this("alert");
    }

    private FormMessage(String role) {
        addClassName("form-message");
        getElement().setAttribute("role", role);
    }

    /**
     * For a page where most messages confirm a change done beside it, so a screen reader reads them when it is
     * done speaking rather than breaking in.
     */
    public static FormMessage status() {
        return new FormMessage("status");
    }

    public void showError(String text) {
        setText(text);
        addClassName("error");
    }

    public void showDone(String text) {
        setText(text);
        removeClassName("error");
    }

    public void clear() {
        showDone("");
    }

    /** Runs the action; a refusal's reason is shown here as an error and the action counts as not done. */
    public boolean attempt(Runnable action) {
        return attempt(() -> {
                    action.run();
                    return true;
                })
                .isPresent();
    }

    /** Runs the action for its result; a refusal's reason is shown here as an error and there is no result. */
    public <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (Refusal refusal) {
            showError(refusal.getMessage());
            return Optional.empty();
        }
    }
}
