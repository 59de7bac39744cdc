package org.sourcewise.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.AccountState;
import org.sourcewise.account.NewAccount;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.Notifications;

/**
 * Changing one's own password: the page everyone with a password handed to them (by an admin, or by a teacher on a
 * printed list) is sent to at first sign-in, before any other ({@link AccountGate}). Anyone signed in.
 */
@Route("password")
@PageTitle("Your password · Sourcewise")
@PermitAll
class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver {

    final H1 heading = new H1("Change your password");
    final Paragraph explanation = new Paragraph();
    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button change = new Button("Change password");
    final FormMessage message = new FormMessage();

    private final AccountService accounts;

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("form-view");
        chosen.setHelperText("At least " + NewAccount.MIN_PASSWORD + " characters; one only you know.");
        for (PasswordField field : List.of(current, chosen, repeat)) {
            field.setWidthFull();
            field.setRequired(true);
            field.setMaxLength(NewAccount.MAX_PASSWORD + 1);
        }
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(event -> change());
        change.addClickShortcut(Key.ENTER);
        add(heading, explanation, current, chosen, repeat, message, change);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean handedOut = accounts.signedInAccountState() == AccountState.MUST_CHANGE_PASSWORD;
        heading.setText(handedOut ? "Choose your own password" : "Change your password");
        explanation.setText(
                handedOut
                        ? "The password you signed in with was given to you, so someone else knows it. Choose one"
                                + " that only you know before you go on."
                        : "Type the password you have now, then the new one twice.");
        current.setLabel(handedOut ? "Password you were given" : "Current password");
    }

    private void change() {
        if (!chosen.getValue().equals(repeat.getValue())) {
            message.showError("The two new passwords differ; type the same one twice.");
            return;
        }
        if (message.attempt(() -> accounts.changeOwnPassword(current.getValue(), chosen.getValue()))) {
            Notifications.success("Your password is changed; sign in with it from now on.");
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }
}
