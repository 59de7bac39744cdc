package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@Tier.Spring
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FirstAdminTest {

    @Autowired
    private AccountService service;

    @Autowired
    private UserAccountRepository accounts;

    /** Accounts other tests on this shared context left; each test here counts what it adds on top of them. */
    private long before;

    @BeforeEach
    void countTheAccountsAlreadyThere() {
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
