package org.sourcewise.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sourcewise.security.LockedSignIn;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignInThrottle;
import org.sourcewise.security.SignedIn;
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
    private final SignInThrottle throttle;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @PreAuthorize(Roles.AN_ADMIN)
    public long createAccount(NewAccount account) {
        return create(account);
    }

    /**
     * A student's own sign-up. Open to everyone because it can only make student accounts, which see
     * nothing until they belong to a class; joining a class checks its code in the same transaction.
     */
    @PreAuthorize(Roles.ANYONE)
    public long createStudentAccount(String name, String password) {
        return create(new NewAccount(name, name, password, Roles.STUDENT));
    }

    /**
     * Sets a new password on a student account. Whether the caller teaches that student is the caller's
     * check (classes know their members); here only student accounts can be changed, never staff.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public void resetStudentPassword(long studentId, String newPassword) {
        UserAccount student = accounts.findById(studentId)
                .filter(a -> Roles.STUDENT.equals(a.getRole()))
                .orElseThrow(() -> new AccountException(List.of("There is no such student.")));
        List<String> problems =
                new NewAccount(student.getUsername(), student.getDisplayName(), newPassword, Roles.STUDENT).problems();
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        student.changePasswordHash(passwords.encode(newPassword));
    }

    /** Names of accounts by id, for lists of people; names are shown as text. */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(ids).forEach(account -> names.put(account.getId(), account.getDisplayName()));
        return names;
    }

    /** Teachers and admins, by sign-in name; students are managed by their teachers, class by class. */
    @PreAuthorize(Roles.AN_ADMIN)
    @Transactional(readOnly = true)
    public List<StaffAccount> staffAccounts() {
        return accounts.findByRoleInOrderByUsername(List.of(Roles.TEACHER, Roles.ADMIN)).stream()
                .map(a -> new StaffAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole()))
                .toList();
    }

    /** The sign-in names that wrong passwords made wait, for an admin to lift. */
    @PreAuthorize(Roles.AN_ADMIN)
    public List<LockedSignIn> lockedSignIns() {
        return throttle.locked();
    }

    /** Lets a sign-in name that too many wrong passwords locked try again at once; whether it was locked. */
    @PreAuthorize(Roles.AN_ADMIN)
    public boolean liftSignInLock(String username) {
        return throttle.lift(username, SignedIn.authentication().getName());
    }

    /** The account id of whoever is signed in. */
    @PreAuthorize(Roles.SIGNED_IN)
    public long currentAccountId() {
        String username = SignedIn.authentication().getName();
        return accounts.findByUsername(username)
                .map(UserAccount::getId)
                .orElseThrow(
                        () -> new AccountException(List.of("Your account no longer exists; please sign in again.")));
    }

    /** For start-up tasks (first admin, demo accounts), which run before anyone can sign in. */
    long create(NewAccount account) {
        List<String> problems = new ArrayList<>(account.problems());
        if (!ROLES.contains(account.role())) {
            problems.add("The role must be one of " + ROLES + ".");
        }
        if (problems.isEmpty() && accounts.findByUsername(account.username()).isPresent()) {
            problems.add("The name \u201c" + account.username() + "\u201d is already taken. Add something that "
                    + "tells you apart, such as your class or a number.");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        String password = Objects.requireNonNull(account.password(), "problems() refuses a missing password");
        String role = Objects.requireNonNull(account.role(), "none of ROLES is null");
        return accounts.save(
                        new UserAccount(account.username(), account.displayName(), passwords.encode(password), role))
                .getId();
    }

    @Transactional(readOnly = true)
    boolean hasAccountWithRole(String role) {
        return accounts.existsByRole(role);
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return accounts.findByUsername(new NewAccount(username, "x", null, null).username())
                .isPresent();
    }
}
