package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Account creation through the real service, method security and H2 repository. */
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

    /** Accounts other tests on this shared context left; each test here counts what it adds on top of them. */
    private long before;

    @BeforeEach
    void countTheAccountsAlreadyThere() {
        before = accounts.count();
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
}
