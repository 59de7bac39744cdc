package org.sourcewise.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.cluster.StartupJob;
import org.sourcewise.cluster.StartupLock;
import org.sourcewise.security.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The `demo` profile's accounts with published passwords, so that a newcomer can try every role at once.
 * Never active unless the profile is asked for; never for a real deployment. Nodes that start together on one
 * database make them one after another (StartupLock), or both would find an account missing and one fail its start.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

    static final List<NewAccount> ACCOUNTS = List.of(
            new NewAccount("admin", "Demo Admin", "demo-admin-password", Roles.ADMIN),
            new NewAccount("teacher", "Ms Demo", "demo-teacher-password", Roles.TEACHER),
            new NewAccount("student", "Sam Student", "demo-student-password", Roles.STUDENT));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final StartupLock lock;

    DemoAccounts(AccountService accounts, StartupLock lock) {
        this.accounts = accounts;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.whileHolding(StartupJob.DEMO_DATA, () -> {
            for (NewAccount account : ACCOUNTS) {
                if (!accounts.exists(account.username())) {
                    accounts.create(account);
                }
            }
            return null;
        });
        log.warn("Demo profile: accounts admin, teacher and student exist with the passwords in the README. "
                + "Do not use this profile for a real deployment.");
    }
}
