package org.sourcewise.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.account.StaffAccount;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignInThrottle;
import org.sourcewise.testdata.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's accounts page on the real app context: adding staff, resetting a password, deactivating and reactivating
 * an account with the refusals, and letting a locked sign-in name in again.
 */
@Tier.Spring
@SourcewiseSpringTest
@WithMockUser(username = "head", roles = Roles.ADMIN)
class AccountsViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private AccountService accounts;

    @Autowired
    private SignInThrottle throttle;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private DaoAuthenticationProvider signIn;

    private static String aNewName() {
        return "staff member " + Unique.number();
    }

    private String aTeacher() {
        String name = aNewName();
        accounts.createAccount(new NewAccount(name, "Ms " + name, PASSWORD, Roles.TEACHER));
        return name;
    }

    private String anAdmin() {
        String name = "admin " + Unique.number();
        accounts.createAccount(new NewAccount(name, "Admin " + name, PASSWORD, Roles.ADMIN));
        return name;
    }

    private StaffAccount staffAccount(String username) {
        return accounts.staffAccounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private int row(AccountsView view, String username) {
        GridTester<Grid<StaffAccount>, StaffAccount> grid = test(view.staff);
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private String cellText(AccountsView view, String username, String column) {
        GridTester<Grid<StaffAccount>, StaffAccount> grid = test(view.staff);
        return grid.getCellText(row(view, username), grid.getColumnPosition(column));
    }

    /** Clicks the button of the account's row that is named so for a screen reader. */
    private void click(AccountsView view, String username, String ariaLabel) {
        GridTester<Grid<StaffAccount>, StaffAccount> grid = test(view.staff);
        Component cell = grid.getCellComponent(row(view, username), grid.getColumnPosition("change"));
        Button button = cell.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(ariaLabel))
                .findFirst()
                .orElseThrow();
        test(button).click();
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
    void aTeacherAddedToChooseTheirOwnPasswordIsListedSo() {
        AccountsView view = navigate(AccountsView.class);
        String name = aNewName();
        fillIn(view, name, PASSWORD, PASSWORD);
        assertThat(view.handedOut.getValue()).as("asked by default").isTrue();

        test(view.add).click();

        assertThat(view.message.getText())
                .endsWith("they sign in with the sign-in name and then choose their own password.");
        assertThat(staffAccount(name).mustChangePassword()).isTrue();
        assertThat(cellText(view, name, "status")).isEqualTo("Active; to choose a password at next sign-in");
    }

    @Test
    void resettingAPasswordShowsANewOneOnceAndAsksForTheirOwnAtNextSignIn() {
        String name = aTeacher();
        AccountsView view = navigate(AccountsView.class);

        click(view, name, "Reset the password of " + name);
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Reset the password of \u201c" + name + "\u201d?");
        test(confirm).confirm();

        Matcher issued = Pattern.compile("New password of \u201c" + Pattern.quote(name) + "\u201d: (\\S+)\\. Hand it to"
                        + " them now: it is not shown again\\.")
                .matcher(view.staffMessage.getText());
        assertThat(issued.matches()).as(view.staffMessage.getText()).isTrue();
        UserDetails account = users.loadUserByUsername(name);
        assertThat(passwords.matches(issued.group(1), account.getPassword())).isTrue();
        assertThat(passwords.matches(PASSWORD, account.getPassword())).isFalse();
        assertThat(staffAccount(name).mustChangePassword()).isTrue();
    }

    @Test
    void aResetCancelledChangesNothing() {
        String name = aTeacher();
        AccountsView view = navigate(AccountsView.class);

        click(view, name, "Reset the password of " + name);
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(name).getPassword()))
                .isTrue();
        assertThat(view.staffMessage.getText()).isEmpty();
    }

    @Test
    void aDeactivatedTeacherCannotSignInUntilReactivated() {
        String name = aTeacher();
        AccountsView view = navigate(AccountsView.class);

        click(view, name, "Deactivate " + name);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(view.staffMessage.getText()).isEqualTo("\u201c" + name + "\u201d is deactivated.");
        assertThat(cellText(view, name, "status")).isEqualTo("Deactivated");
        assertThatThrownBy(
                        () -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD)))
                .isInstanceOf(DisabledException.class);

        click(view, name, "Reactivate " + name);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(view.staffMessage.getText()).isEqualTo("\u201c" + name + "\u201d is active again and may sign in.");
        assertThat(cellText(view, name, "status")).isEqualTo("Active");
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    /** Rolled back, as the next test's admins are: the first-admin tests on this shared context want none. */
    @Test
    @Transactional
    void anAdminCannotDeactivateThemselves() {
        String admin = anAdmin();
        SignedIn.as(admin, Roles.ADMIN);
        AccountsView view = navigate(AccountsView.class);

        click(view, admin, "Deactivate " + admin);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(view.staffMessage.getText()).isEqualTo("You cannot deactivate your own account; another admin can.");
        assertThat(view.staffMessage.hasClassName("error")).isTrue();
        assertThat(staffAccount(admin).active()).isTrue();
    }

    /** Every other active admin is deactivated first, within the test's transaction, which is rolled back. */
    @Test
    @Transactional
    void theLastActiveAdminCannotBeDeactivated() {
        String last = anAdmin();
        accounts.staffAccounts().stream()
                .filter(a -> a.role().equals(Roles.ADMIN)
                        && a.active()
                        && !a.username().equals(last))
                .forEach(other -> accounts.deactivate(other.id()));
        AccountsView view = navigate(AccountsView.class);

        click(view, last, "Deactivate " + last);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(view.staffMessage.getText())
                .isEqualTo("\u201c" + last + "\u201d is the last active admin. Make or reactivate another admin"
                        + " first, so that someone can still manage accounts.");
        assertThat(staffAccount(last).active()).isTrue();
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
