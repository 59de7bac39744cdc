package org.sourcewise.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.AccountState;
import org.sourcewise.account.IssuedPassword;
import org.sourcewise.account.NewAccount;
import org.sourcewise.security.Roles;
import org.sourcewise.security.ui.LoginView;
import org.sourcewise.testdata.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Someone signed in with a password handed to them is sent to choose their own before any page, and a deactivated
 * account's session is sent to the sign-in page, on the real app context.
 */
@Tier.Spring
@SourcewiseSpringTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String OWN_PASSWORD = "my very own password";

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwords;

    /** A student whose teacher made the account, signed in with the printed password; returns that password. */
    private String aStudentWithAPrintedPassword(String name) {
        SignedIn.as("a teacher", Roles.TEACHER);
        IssuedPassword issued = accounts.issueStudentAccount(name);
        SignedIn.as(NewAccount.signInName(name), Roles.STUDENT);
        return issued.password();
    }

    private void change(ChangePasswordView view, String current, String chosen, String repeat) {
        test(view.current).setValue(current);
        test(view.chosen).setValue(chosen);
        test(view.repeat).setValue(repeat);
        test(view.change).click();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void everyPageSendsThemToChooseTheirOwnPasswordFirst() {
        aStudentWithAPrintedPassword("Ana Printed " + Unique.number());

        ChangePasswordView view = navigate("practice", ChangePasswordView.class);

        assertThat(location()).isEqualTo("password");
        assertThat(view.heading.getText()).isEqualTo("Choose your own password");
        assertThat(view.current.getLabel()).isEqualTo("Password you were given");
    }

    @Test
    void choosingTheirOwnPasswordLetsThemGoOn() {
        String name = "Ben Printed " + Unique.number();
        String printed = aStudentWithAPrintedPassword(name);
        ChangePasswordView view = navigate("practice", ChangePasswordView.class);

        change(view, printed, OWN_PASSWORD, OWN_PASSWORD);

        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.ACTIVE);
        String hash = users.loadUserByUsername(NewAccount.signInName(name)).getPassword();
        assertThat(passwords.matches(OWN_PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(printed, hash)).isFalse();
        assertThat(location()).isEmpty();
        navigate("practice", Component.class);
        assertThat(location()).isEqualTo("practice");
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        String printed = aStudentWithAPrintedPassword("Cy Printed " + Unique.number());
        ChangePasswordView view = navigate("practice", ChangePasswordView.class);

        change(view, printed + "x", OWN_PASSWORD, OWN_PASSWORD);

        assertThat(view.message.getText())
                .isEqualTo("The current password is not right; type it as you were given it.");
        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        assertThat(location()).isEqualTo("password");
    }

    @Test
    void twoDifferentNewPasswordsAreCaughtBeforeAnythingIsSent() {
        String printed = aStudentWithAPrintedPassword("Di Printed " + Unique.number());
        ChangePasswordView view = navigate("practice", ChangePasswordView.class);

        change(view, printed, OWN_PASSWORD, OWN_PASSWORD + "!");

        assertThat(view.message.getText()).isEqualTo("The two new passwords differ; type the same one twice.");
        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
    }

    @Test
    void keepingThePasswordTheyWereGivenIsRefused() {
        String printed = aStudentWithAPrintedPassword("Ed Printed " + Unique.number());
        ChangePasswordView view = navigate("practice", ChangePasswordView.class);

        change(view, printed, printed, printed);

        assertThat(view.message.getText()).isEqualTo("Choose a new password, not the one you have now.");
        assertThat(accounts.signedInAccountState()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
    }

    @Test
    void aSessionOfAnAccountDeactivatedMeanwhileGoesToTheSignInPage() {
        String teacher = "deactivated teacher " + Unique.number();
        SignedIn.as("head", Roles.ADMIN);
        long id = accounts.createAccount(new NewAccount(teacher, "Mr Gone", OWN_PASSWORD, Roles.TEACHER));
        SignedIn.as(teacher, Roles.TEACHER);
        navigate("classes", Component.class);
        assertThat(location()).isEqualTo("classes");
        SignedIn.as("head", Roles.ADMIN);
        accounts.deactivate(id);
        SignedIn.as(teacher, Roles.TEACHER);

        navigate("classes", LoginView.class);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
