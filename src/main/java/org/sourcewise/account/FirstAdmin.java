package org.sourcewise.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration when there is none, so that a real deployment never has a
 * default password: without SOURCEWISE_ADMIN_USERNAME and SOURCEWISE_ADMIN_PASSWORD no admin exists.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdmin(AccountService accounts, @Value("${sourcewise.admin.username:}") String username,
               @Value("${sourcewise.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccountWithRole(Roles.ADMIN)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("There is no admin account. Set SOURCEWISE_ADMIN_USERNAME and SOURCEWISE_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create one.", NewAccount.MIN_PASSWORD);
            return;
        }
        try {
            accounts.create(new NewAccount(username, "Administrator", password, Roles.ADMIN));
            log.info("Created the admin account \u201c{}\u201d from the configuration", username);
        } catch (AccountException e) {
            log.error("The admin account from the configuration was not created: {}", e.getMessage());
        }
    }
}
