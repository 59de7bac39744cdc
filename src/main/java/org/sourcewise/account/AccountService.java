package org.sourcewise.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.security.LockedSignIn;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignInThrottle;
import org.sourcewise.security.SignedIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creating and managing accounts. Admins create staff accounts and reset, deactivate and reactivate any account;
 * teachers create and reset their students' accounts (whether a student is theirs is the caller's check, since classes
 * know their members); students join classes with a code. Every change an admin or teacher makes to someone's account
 * is written to the log, naming who did it, once it is committed.
 */
@Service
@Transactional
public class AccountService {

    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.TEACHER, Roles.STUDENT);
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** An account whose owner keeps the password given, as one they chose themselves. */
    @PreAuthorize(Roles.AN_ADMIN)
    public long createAccount(NewAccount account) {
        return createAccount(account, false);
    }

    /** An account an admin makes; with {@code handedOut}, its owner chooses their own password at first sign-in. */
    @PreAuthorize(Roles.AN_ADMIN)
    public long createAccount(NewAccount account, boolean handedOut) {
        UserAccount created = save(account, handedOut);
        audit(
                "Admin \"{}\" created the {} account \"{}\"{}",
                signedInName(),
                Objects.requireNonNull(account.role(), "a saved account has a role")
                        .toLowerCase(Locale.ROOT),
                account.username(),
                handedOut ? ", to choose a password at first sign-in" : "");
        return created.getId();
    }

    /**
     * A student's own sign-up. Open to everyone because it can only make student accounts, which see
     * nothing until they belong to a class; joining a class checks its code in the same transaction.
     */
    @PreAuthorize(Roles.ANYONE)
    public long createStudentAccount(String name, String password) {
        return save(new NewAccount(name, name, password, Roles.STUDENT), false).getId();
    }

    /**
     * A student account a teacher makes for a student without e-mail, with a generated password to hand over on
     * paper; the student chooses their own at first sign-in. Refused like a sign-up, a name already taken included.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public IssuedPassword issueStudentAccount(String name) {
        String password = Passwords.next();
        UserAccount created = save(new NewAccount(name, name, password, Roles.STUDENT), true);
        audit("Teacher \"{}\" created the student account \"{}\"", signedInName(), created.getUsername());
        return new IssuedPassword(created.getId(), password);
    }

    /** A new generated password for a student account, to hand over; never a staff account's. */
    @PreAuthorize(Roles.A_TEACHER)
    public String resetStudentPassword(long studentId) {
        UserAccount student = accounts.findById(studentId)
                .filter(a -> Roles.STUDENT.equals(a.getRole()))
                .orElseThrow(() -> new AccountException(List.of("There is no such student.")));
        String password = handOutNewPassword(student);
        audit("Teacher \"{}\" reset the password of the student account \"{}\"", signedInName(), student.getUsername());
        return password;
    }

    /** A new generated password for any account, to hand over; its owner chooses their own at the next sign-in. */
    @PreAuthorize(Roles.AN_ADMIN)
    public String resetPassword(long accountId) {
        UserAccount account = existing(accountId);
        String password = handOutNewPassword(account);
        audit("Admin \"{}\" reset the password of the account \"{}\"", signedInName(), account.getUsername());
        return password;
    }

    /**
     * Stops an account from signing in, keeping everything of it; a session it has open ends at its next page. An
     * admin cannot deactivate their own account, nor the last active admin's, so that someone can always manage
     * accounts.
     */
    @PreAuthorize(Roles.AN_ADMIN)
    public void deactivate(long accountId) {
        UserAccount account = existing(accountId);
        String admin = signedInName();
        if (account.getUsername().equals(admin)) {
            throw new AccountException(List.of("You cannot deactivate your own account; another admin can."));
        }
        if (!account.isEnabled()) {
            return;
        }
        if (Roles.ADMIN.equals(account.getRole())
                && accounts.lockActiveWithRole(Roles.ADMIN).stream()
                        .allMatch(active -> active.getId().equals(account.getId()))) {
            throw new AccountException(List.of("\u201c" + account.getUsername() + "\u201d is the last active admin."
                    + " Make or reactivate another admin first, so that someone can still manage accounts."));
        }
        account.deactivate();
        audit("Admin \"{}\" deactivated the account \"{}\"", admin, account.getUsername());
    }

    /**
     * Lets a deactivated account sign in again, and forgets the wrong passwords counted against its name meanwhile
     * (a deactivated account's every try counts as wrong, so that trying tells nothing).
     */
    @PreAuthorize(Roles.AN_ADMIN)
    public void reactivate(long accountId) {
        UserAccount account = existing(accountId);
        if (account.isEnabled()) {
            return;
        }
        account.reactivate();
        throttle.succeeded(account.getUsername());
        audit("Admin \"{}\" reactivated the account \"{}\"", signedInName(), account.getUsername());
    }

    /**
     * Replaces the signed-in person's password with one of their own, which ends the asking for it after a handed-out
     * one. The current password is asked for, so that whoever finds a screen left signed in cannot take the account.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(signedInName())
                .orElseThrow(
                        () -> new AccountException(List.of("Your account no longer exists; please sign in again.")));
        if (currentPassword == null || !passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException(List.of("The current password is not right; type it as you were given it."));
        }
        NewAccount.passwordProblem(newPassword).ifPresent(problem -> {
            throw new AccountException(List.of(problem));
        });
        if (newPassword.equals(currentPassword)) {
            throw new AccountException(List.of("Choose a new password, not the one you have now."));
        }
        account.ownPasswordHash(passwords.encode(newPassword));
    }

    /**
     * What the signed-in person's account lets them do now. A name with no stored account (none is ever deleted)
     * carries nothing to act on.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public AccountState signedInAccountState() {
        return accounts.findByUsername(signedInName())
                .map(account -> !account.isEnabled()
                        ? AccountState.DEACTIVATED
                        : account.mustChangePassword() ? AccountState.MUST_CHANGE_PASSWORD : AccountState.ACTIVE)
                .orElse(AccountState.ACTIVE);
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
                .map(a -> new StaffAccount(
                        a.getId(),
                        a.getUsername(),
                        a.getDisplayName(),
                        a.getRole(),
                        a.isEnabled(),
                        a.mustChangePassword()))
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
        return throttle.lift(username, signedInName());
    }

    /** The account id of whoever is signed in. */
    @PreAuthorize(Roles.SIGNED_IN)
    public long currentAccountId() {
        return accounts.findByUsername(signedInName())
                .map(UserAccount::getId)
                .orElseThrow(
                        () -> new AccountException(List.of("Your account no longer exists; please sign in again.")));
    }

    /** For start-up tasks (first admin, demo accounts), which run before anyone can sign in. */
    long create(NewAccount account) {
        return save(account, false).getId();
    }

    private UserAccount save(NewAccount account, boolean handedOut) {
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
        return accounts.save(new UserAccount(
                account.username(), account.displayName(), passwords.encode(password), role, handedOut));
    }

    private String handOutNewPassword(UserAccount account) {
        String password = Passwords.next();
        account.handOutPasswordHash(passwords.encode(password));
        return password;
    }

    private UserAccount existing(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AccountException(List.of("There is no such account.")));
    }

    @Transactional(readOnly = true)
    boolean hasAccountWithRole(String role) {
        return accounts.existsByRole(role);
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return accounts.findByUsername(NewAccount.signInName(username)).isPresent();
    }

    private static String signedInName() {
        return SignedIn.authentication().getName();
    }

    /** An audit line tells what was done, so it is written only once the change is committed. */
    private static void audit(String format, Object... arguments) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log.info(format, arguments);
            }
        });
    }
}
