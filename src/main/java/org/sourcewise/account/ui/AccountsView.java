package org.sourcewise.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.account.StaffAccount;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.security.GuessThrottle;
import org.sourcewise.security.LockedSignIn;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignInThrottle;

/**
 * An admin's accounts page: sign-in names that wrong passwords locked, to let them in again at once; the teachers
 * and admins, each with a password to reset and a deactivate or reactivate, every one confirmed first; a form to add
 * one. Students' accounts are their teachers' to manage, class by class. Admins only.
 */
@Route("accounts")
@PageTitle("Accounts · Sourcewise")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout {

    final Div locked = new Div();
    final FormMessage lockMessage = FormMessage.status();
    final Grid<StaffAccount> staff = new Grid<>();
    final FormMessage staffMessage = new FormMessage();
    final TextField username = new TextField("Sign-in name");
    final TextField displayName = new TextField("Name shown to others");
    final RadioButtonGroup<String> role = new RadioButtonGroup<>("Role");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Checkbox handedOut = new Checkbox("Ask them to choose their own password when they first sign in", true);
    final Button add = new Button("Add account");
    final FormMessage message = new FormMessage();

    private final AccountService accounts;

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("accounts-view");

        locked.addClassName("locked-sign-ins");
        staff.addColumn(StaffAccount::username).setHeader("Sign-in name").setFlexGrow(2);
        staff.addColumn(StaffAccount::displayName).setHeader("Name").setFlexGrow(2);
        staff.addColumn(account -> roleName(account.role())).setHeader("Role");
        staff.addColumn(AccountsView::status)
                .setHeader("Status")
                .setKey("status")
                .setFlexGrow(2);
        staff.addComponentColumn(this::actions)
                .setHeader("Change")
                .setKey("change")
                .setFlexGrow(3);
        staff.setAllRowsVisible(true);

        username.setMaxLength(NewAccount.MAX_USERNAME + 1);
        username.setHelperText("What they type to sign in; letters, digits, spaces, dots, dashes.");
        displayName.setMaxLength(NewAccount.MAX_DISPLAY_NAME + 1);
        role.setItems(Roles.TEACHER, Roles.ADMIN);
        role.setItemLabelGenerator(AccountsView::roleName);
        role.setValue(Roles.TEACHER);
        password.setMaxLength(NewAccount.MAX_PASSWORD + 1);
        password.setHelperText("At least " + NewAccount.MIN_PASSWORD + " characters; give it to them in person.");
        repeat.setMaxLength(NewAccount.MAX_PASSWORD + 1);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> addAccount());
        FlexLayout form = new FlexLayout(username, displayName, role, password, repeat, handedOut, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.addClassName("account-form");

        add(
                new H1("Accounts"),
                new H2("Sign-ins locked after wrong passwords"),
                new Paragraph("After " + SignInThrottle.FREE + " wrong passwords each next try of a sign-in name"
                        + " waits longer, and after " + SignInThrottle.LOCK + " it waits "
                        + SignInThrottle.LOCKED_FOR.toMinutes() + " minutes. Let someone in again at once when you"
                        + " know it was them."),
                lockMessage,
                locked,
                new H2("Teachers and admins"),
                new Paragraph("A deactivated account cannot sign in, and its open session ends at its next page;"
                        + " nothing of it is deleted, and it can be reactivated. A password you reset is shown once,"
                        + " for you to hand over; they choose their own when they next sign in."),
                staffMessage,
                staff,
                new H2("Add a teacher or admin"),
                form,
                message);
        refresh();
    }

    private void refresh() {
        staff.setItems(accounts.staffAccounts());
        locked.removeAll();
        List<LockedSignIn> names = accounts.lockedSignIns();
        if (names.isEmpty()) {
            locked.add(new Paragraph("No sign-in name is waiting."));
        }
        for (LockedSignIn name : names) {
            Button lift = new Button("Let sign in again", event -> {
                accounts.liftSignInLock(name.username());
                lockMessage.showDone("\u201c" + name.username() + "\u201d may sign in again now.");
                refresh();
            });
            lift.setAriaLabel("Let " + name.username() + " sign in again");
            Div row = new Div(
                    new Paragraph("\u201c" + name.username() + "\u201d waits another "
                            + GuessThrottle.inWords(name.waitsFor())),
                    lift);
            row.addClassName("locked-sign-in");
            locked.add(row);
        }
    }

    private HorizontalLayout actions(StaffAccount account) {
        Button reset = new Button(
                "Reset password",
                event -> confirm(
                        "Reset the password of \u201c" + account.username() + "\u201d?",
                        "Their password stops working at once. You are shown a new one to hand them, once; they choose"
                                + " their own when they next sign in.",
                        "Reset password",
                        () -> {
                            String issued = accounts.resetPassword(account.id());
                            staffMessage.showDone("New password of \u201c" + account.username() + "\u201d: " + issued
                                    + ". Hand it to them now: it is not shown again.");
                        }));
        reset.setAriaLabel("Reset the password of " + account.username());
        Button change = account.active()
                ? new Button(
                        "Deactivate",
                        event -> confirm(
                                "Deactivate \u201c" + account.username() + "\u201d?",
                                "They can no longer sign in, and a session they have open ends at their next page. Their"
                                        + " classes, quizzes and everything else stay; you can reactivate the account later.",
                                "Deactivate",
                                () -> {
                                    accounts.deactivate(account.id());
                                    staffMessage.showDone("\u201c" + account.username() + "\u201d is deactivated.");
                                }))
                : new Button(
                        "Reactivate",
                        event -> confirm(
                                "Reactivate \u201c" + account.username() + "\u201d?",
                                "They can sign in again with their password.",
                                "Reactivate",
                                () -> {
                                    accounts.reactivate(account.id());
                                    staffMessage.showDone(
                                            "\u201c" + account.username() + "\u201d is active again and may sign in.");
                                }));
        change.setAriaLabel(change.getText() + " " + account.username());
        for (Button button : List.of(reset, change)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(reset, change);
        actions.setWrap(true);
        return actions;
    }

    /** Asks before a change to someone's account; what the service refuses is said above the list. */
    private void confirm(String header, String text, String confirmText, Runnable change) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, event -> {
            if (staffMessage.attempt(change)) {
                refresh();
            }
        });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void addAccount() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.showError("The two passwords differ; type the same password twice.");
            return;
        }
        NewAccount account =
                new NewAccount(username.getValue(), displayName.getValue(), password.getValue(), role.getValue());
        boolean toChoose = handedOut.getValue();
        message.attempt(() -> accounts.createAccount(account, toChoose)).ifPresent(id -> {
            message.showDone(roleName(account.role()) + " account \u201c" + account.username()
                    + "\u201d added. Give them the password you chose; they sign in with the sign-in name"
                    + (toChoose ? " and then choose their own password." : "."));
            username.clear();
            displayName.clear();
            password.clear();
            repeat.clear();
            refresh();
        });
    }

    private static String status(StaffAccount account) {
        if (!account.active()) {
            return "Deactivated";
        }
        return account.mustChangePassword() ? "Active; to choose a password at next sign-in" : "Active";
    }

    private static String roleName(@Nullable String role) {
        return Roles.ADMIN.equals(role) ? "Admin" : "Teacher";
    }
}
