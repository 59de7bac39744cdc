package org.sourcewise.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.StaffAccount;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin's accounts page on the real app context: adding staff, and letting a locked sign-in name in again. */
@Tier.Spring
@SourcewiseSpringTest
@WithMockUser(username = "head", roles = Roles.ADMIN)
class AccountsViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private AccountService accounts;

    @Autowired
    private SignInThrottle throttle;

    private static String aNewName() {
        return "staff member " + NAMES.incrementAndGet();
    }

    private void fillIn(AccountsView view, String name, String password, String repeat) {
        test(view.username).setValue(name);
        test(view.displayName).setValue("Ms " + name);
        test(view.password).setValue(password);
        test(view.repeat).setValue(repeat);
    }

    @Test
    void anAdminAddsATeacherWhoIsThenListedAmongTheStaff() {
        AccountsView view = navigate(AccountsView.class);
        String name = aNewName();
        fillIn(view, name, PASSWORD, PASSWORD);

        test(view.add).click();

        assertThat(view.message.getText()).startsWith("Teacher account \u201c" + name + "\u201d added.");
        assertThat(accounts.staffAccounts())
                .extracting(StaffAccount::username, StaffAccount::role)
                .contains(tuple(name, Roles.TEACHER));
        assertThat(test(view.staff).size()).isEqualTo(accounts.staffAccounts().size());
        assertThat(view.username.getValue()).isEmpty();
    }

    @Test
    void twoDifferentPasswordsAddNothing() {
        AccountsView view = navigate(AccountsView.class);
        String name = aNewName();
        fillIn(view, name, PASSWORD, PASSWORD + "!");

        test(view.add).click();

        assertThat(view.message.getText()).isEqualTo("The two passwords differ; type the same password twice.");
        assertThat(view.message.hasClassName("error")).isTrue();
        assertThat(accounts.staffAccounts()).extracting(StaffAccount::username).doesNotContain(name);
    }

    @Test
    void aSignInNameAlreadyTakenIsRefusedInTheServicesWords() {
        AccountsView view = navigate(AccountsView.class);
        String name = aNewName();
        fillIn(view, name, PASSWORD, PASSWORD);
        test(view.add).click();
        fillIn(view, name, PASSWORD, PASSWORD);

        test(view.add).click();

        assertThat(view.message.getText()).startsWith("The name \u201c" + name + "\u201d is already taken.");
        assertThat(accounts.staffAccounts()).extracting(StaffAccount::username).containsOnlyOnce(name);
    }

    @Test
    void aSignInNameLockedByWrongPasswordsIsListedAndLetInAgain() {
        String name = aNewName();
        for (int i = 0; i < SignInThrottle.LOCK; i++) {
            throttle.failed(name, "10.20.0." + i);
        }
        AccountsView view = navigate(AccountsView.class);
        assertThat(view.locked.getElement().getTextRecursively()).contains("\u201c" + name + "\u201d waits");

        Button letIn = find(Button.class, view.locked).all().stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Let " + name + " sign in again"))
                .findFirst()
                .orElseThrow();
        test(letIn).click();

        assertThat(throttle.waitFor(name, "10.30.0.1")).isEmpty();
        assertThat(view.lockMessage.getText()).isEqualTo("\u201c" + name + "\u201d may sign in again now.");
        assertThat(view.locked.getElement().getTextRecursively()).doesNotContain("\u201c" + name + "\u201d waits");
    }
}
