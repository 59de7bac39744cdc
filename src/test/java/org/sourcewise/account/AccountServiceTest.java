package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account creation and an admin's changes to accounts (reset, deactivate, reactivate) and a person's own password,
 * through the real service, method security, sign-in and repository (H2, and PostgreSQL in the database run).
 */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
@Transactional
@WithMockUser(roles = Roles.ADMIN)
class AccountServiceTest {

    @Autowired
    private AccountService service;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private DaoAuthenticationProvider signIn;

    @Autowired
    private SignInThrottle throttle;

    /** Accounts other tests on this shared context left; each test here counts what it adds on top of them. */
    private long before;

    @BeforeEach
    void countTheAccountsAlreadyThere() {
        before = accounts.count();
    }

    private static final String PASSWORD = "correct horse battery";

    private long aTeacher(String username) {
        return service.createAccount(teacher(username, "Someone", PASSWORD));
    }

    private Authentication signingIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static NewAccount teacher(String username, String displayName, String password) {
        return new NewAccount(username, displayName, password, Roles.TEACHER);
    }

    @Test
    void storesOnlyAHashOfThePassword() {
        long id = service.createAccount(teacher("mrs.okafor", "Mrs Okafor", "correct horse battery"));

        UserAccount saved = accounts.findById(id).orElseThrow();
        assertThat(saved.getPasswordHash())
                .doesNotContain("correct horse battery")
                .startsWith("{bcrypt}");
        assertThat(passwords.matches("correct horse battery", saved.getPasswordHash()))
                .isTrue();
    }

    @Test
    void signInNamesIgnoreCaseAndSurroundingSpaces() {
        service.createAccount(teacher("  Mrs.Okafor ", "Mrs Okafor", "correct horse battery"));

        assertThatThrownBy(() -> service.createAccount(teacher("MRS.OKAFOR", "Someone Else", "another long one")))
                .isInstanceOf(AccountException.class)
                .hasMessageStartingWith("The name \u201cmrs.okafor\u201d is already taken.");
        assertThat(accounts.count()).isEqualTo(before + 1);
    }

    @Test
    void refusesA500CharacterDisplayNameAndSavesNothing() {
        assertThatThrownBy(() -> service.createAccount(teacher("longname", "x".repeat(500), "correct horse battery")))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("display name must be 1 to 100 characters");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aDisplayNameMayHoldEmojiJoinedByZeroWidthJoiners() {
        long id = service.createAccount(
                teacher("ana.lima", "\uD83D\uDC69\u200D\uD83C\uDFEB Ana Lima", "correct horse battery"));

        assertThat(accounts.findById(id).orElseThrow().getDisplayName()).isEqualTo("👩‍🏫 Ana Lima");
    }

    @Test
    void refusesADisplayNameThatTurnsTextAroundAndSavesNothing() {
        assertThatThrownBy(() -> service.createAccount(teacher("ana.lima", "Ana\u202Enimda", "correct horse battery")))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("display name contains invisible characters");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void refusesShortPasswordAndOddSignInName() {
        assertThatThrownBy(() -> service.createAccount(teacher("x'; DROP TABLE user_account;--", "X", "short")))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("sign-in name may only contain")
                .hasMessageContaining("password must be at least 10 characters");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void keepsMarkupInADisplayNameAsPlainText() {
        long id = service.createAccount(teacher("markup", "<script>alert(1)</script>", "correct horse battery"));

        assertThat(accounts.findById(id).orElseThrow().getDisplayName()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void refusesAnUnknownRole() {
        assertThatThrownBy(() -> service.createAccount(new NewAccount("boss", "Boss", "correct horse battery", "ROOT")))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("role must be one of");
    }

    @Test
    @WithMockUser(roles = Roles.TEACHER)
    void onlyAdminsCreateAccounts() {
        assertThatThrownBy(() -> service.createAccount(teacher("sneaky", "Sneaky", "correct horse battery")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void anAccountMadeToHandOverAsksForItsOwnPasswordAtFirstSignIn() {
        service.createAccount(teacher("handed", "Handed", PASSWORD), true);
        SignedIn.as("handed", Roles.TEACHER);

        assertThat(service.signedInAccountState()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
        service.changeOwnPassword(PASSWORD, "my own new password");

        assertThat(service.signedInAccountState()).isEqualTo(AccountState.ACTIVE);
        assertThat(signingIn("handed", "my own new password").isAuthenticated()).isTrue();
    }

    @Test
    void aResetPasswordIsGeneratedWorksAndMustBeReplaced() {
        long id = aTeacher("forgetful");

        String issued = service.resetPassword(id);

        assertThat(issued).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(signingIn("forgetful", issued).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signingIn("forgetful", PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findById(id).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void aDeactivatedAccountFailsOnlyAfterItsPasswordIsChecked() {
        long id = aTeacher("leaving");

        service.deactivate(id);

        assertThatThrownBy(() -> signingIn("leaving", PASSWORD)).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signingIn("leaving", "a wrong password")).isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findById(id).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void reactivatingLetsTheAccountSignInAgainAndForgetsItsWrongTries() {
        long id = aTeacher("returning");
        service.deactivate(id);
        for (int i = 0; i < SignInThrottle.LOCK; i++) {
            throttle.failed("returning", "10.40.0." + i);
        }

        service.reactivate(id);

        assertThat(throttle.waitFor("returning", "10.50.0.1")).isEmpty();
        assertThat(signingIn("returning", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        long id = service.createAccount(new NewAccount("the boss", "Boss", PASSWORD, Roles.ADMIN));
        SignedIn.as("the boss", Roles.ADMIN);

        assertThatThrownBy(() -> service.deactivate(id))
                .isInstanceOf(AccountException.class)
                .hasMessage("You cannot deactivate your own account; another admin can.");
        assertThat(accounts.findById(id).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedButOneOfTwoCan() {
        accounts.findAll().stream().filter(a -> Roles.ADMIN.equals(a.getRole())).forEach(UserAccount::deactivate);
        long last = service.createAccount(new NewAccount("only admin", "Only", PASSWORD, Roles.ADMIN));

        assertThatThrownBy(() -> service.deactivate(last))
                .isInstanceOf(AccountException.class)
                .hasMessageStartingWith("\u201conly admin\u201d is the last active admin.");

        service.createAccount(new NewAccount("second admin", "Second", PASSWORD, Roles.ADMIN));
        service.deactivate(last);
        assertThat(accounts.findById(last).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aWrongCurrentPasswordOrAShortNewOneChangesNothing() {
        aTeacher("careful");
        SignedIn.as("careful", Roles.TEACHER);

        assertThatThrownBy(() -> service.changeOwnPassword("not it at all", "my own new password"))
                .isInstanceOf(AccountException.class)
                .hasMessageStartingWith("The current password is not right");
        assertThatThrownBy(() -> service.changeOwnPassword(PASSWORD, "short"))
                .isInstanceOf(AccountException.class)
                .hasMessageStartingWith("The password must be at least 10 characters");
        assertThat(signingIn("careful", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void onlyAdminsResetStaffPasswordsOrDeactivateAccounts() {
        long id = aTeacher("colleague");
        SignedIn.as("a teacher", Roles.TEACHER);

        assertThatThrownBy(() -> service.resetPassword(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.deactivate(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.resetStudentPassword(id))
                .isInstanceOf(AccountException.class)
                .hasMessage("There is no such student.");
        assertThat(accounts.findById(id).orElseThrow().isEnabled()).isTrue();
    }
}
