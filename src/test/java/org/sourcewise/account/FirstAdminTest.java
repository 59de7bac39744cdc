package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
@Transactional
class FirstAdminTest {

    @Autowired
    private AccountService service;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private JdbcTemplate jdbc;

    /** Accounts other tests on this shared context left; each test here counts what it adds on top of them. */
    private long before;

    /** Other tests leave admins on the shared context; within this test's transaction, rolled back, there are none. */
    @BeforeEach
    void noAdminYetAndTheAccountsAlreadyThereCounted() {
        jdbc.update("update user_account set role = ? where role = ?", Roles.TEACHER, Roles.ADMIN);
        before = accounts.count();
    }

    private void start(String username, String password) {
        new FirstAdmin(service, new AdminSettings(username, password)).run(new DefaultApplicationArguments());
    }

    @Test
    void createsNoAdminWithoutConfiguredCredentials() {
        start("", "");

        assertThat(accounts.existsByRole(Roles.ADMIN)).isFalse();
    }

    @Test
    void createsTheConfiguredAdminOnce() {
        start("head", "a long admin password");
        start("head", "a long admin password");

        assertThat(accounts.findByUsername("head"))
                .get()
                .extracting(UserAccount::getRole)
                .isEqualTo(Roles.ADMIN);
        assertThat(accounts.count()).isEqualTo(before + 1);
    }

    @Test
    void aWeakConfiguredPasswordCreatesNoAdmin() {
        start("head", "admin");

        assertThat(accounts.count()).isEqualTo(before);
    }
}
