package org.sourcewise.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.security.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration when there is none, so that a real deployment never has a
 * default password: without SOURCEWISE_ADMIN_USERNAME and SOURCEWISE_ADMIN_PASSWORD no admin exists.
 */
@Component
@EnableConfigurationProperties(AdminSettings.class)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final AdminSettings admin;

    FirstAdmin(AccountService accounts, AdminSettings admin) {
        this.accounts = accounts;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccountWithRole(Roles.ADMIN)) {
            return;
        }
        if (!admin.given()) {
            log.warn(
                    "There is no admin account. Set SOURCEWISE_ADMIN_USERNAME and SOURCEWISE_ADMIN_PASSWORD "
                            + "(at least {} characters) and restart to create one.",
                    NewAccount.MIN_PASSWORD);
            return;
        }
        try {
            accounts.create(new NewAccount(admin.username(), "Administrator", admin.password(), Roles.ADMIN));
            log.info("Created the admin account \u201c{}\u201d from the configuration", admin.username());
        } catch (AccountException e) {
            log.error("The admin account from the configuration was not created: {}", e.getMessage());
        }
    }
}
