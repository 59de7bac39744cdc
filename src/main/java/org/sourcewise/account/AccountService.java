package org.sourcewise.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts. Only admins create accounts directly; students will join classes with a code. */
@Service
@Transactional
public class AccountService {

    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.TEACHER, Roles.STUDENT);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long createAccount(NewAccount account) {
        return create(account);
    }

    /** For start-up tasks (first admin, demo accounts), which run before anyone can sign in. */
    long create(NewAccount account) {
        List<String> problems = new ArrayList<>(account.problems());
        if (!ROLES.contains(account.role())) {
            problems.add("The role must be one of " + ROLES + ".");
        }
        if (problems.isEmpty() && accounts.findByUsername(account.username()).isPresent()) {
            problems.add("The sign-in name \u201c" + account.username() + "\u201d is already taken.");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        return accounts.save(new UserAccount(account.username(), account.displayName(),
                passwords.encode(account.password()), account.role())).getId();
    }

    @Transactional(readOnly = true)
    boolean hasAccountWithRole(String role) {
        return accounts.existsByRole(role);
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return accounts.findByUsername(new NewAccount(username, "x", null, null).username()).isPresent();
    }
}
