package org.sourcewise.testdata;

import org.sourcewise.SignedIn;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.security.Roles;
import org.springframework.context.ApplicationContext;

/** Accounts made as the admin makes them on the Accounts page, through the real account service. */
public final class People {

    public static final String PASSWORD = "a long enough password";

    private People() {}

    /** Makes the account, with {@link #PASSWORD}, and leaves nobody signed in. */
    public static String account(ApplicationContext context, String username, String name, String role) {
        SignedIn.as("head", Roles.ADMIN);
        context.getBean(AccountService.class).createAccount(new NewAccount(username, name, PASSWORD, role));
        SignedIn.nobody();
        return username;
    }

    /** Makes a teacher's account and signs the teacher in. */
    public static String teacher(ApplicationContext context, String username, String name) {
        account(context, username, name, Roles.TEACHER);
        SignedIn.as(username, Roles.TEACHER);
        return username;
    }
}
