package org.sourcewise.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An account about to be created, checked before anything is saved. Sign-in names are case-insensitive,
 * so they are kept in lower case; students sign in with their name as it is shown in class, so a sign-in
 * name may hold letters of any language, spaces and apostrophes, but no markup characters.
 */
public record NewAccount(
        String username,
        String displayName,
        @Nullable String password,
        @Nullable String role) {

    public static final int MAX_USERNAME = 60;
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads only the first 72 bytes; a longer password would silently not count in full. */
    public static final int MAX_PASSWORD = 72;

    public NewAccount {
        username = signInName(username);
        displayName = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
    }

    /** What is wrong with this account, in words for the person filling in the form; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (username.length() < 3 || username.length() > MAX_USERNAME) {
            problems.add("The sign-in name must be 3 to " + MAX_USERNAME + " characters long.");
        } else if (!username.matches("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._'\u2019-]*")) {
            problems.add("The sign-in name may only contain letters, digits, spaces, dots, dashes, underscores "
                    + "and apostrophes, and must start with a letter or digit.");
        }
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            problems.add("The display name must be 1 to " + MAX_DISPLAY_NAME + " characters.");
        } else if (HiddenCharacters.in(displayName)) {
            problems.add("The display name contains invisible characters, such as ones that turn text around.");
        }
        passwordProblem(password).ifPresent(problems::add);
        return problems;
    }

    /** The sign-in name a typed name makes: what its owner signs in with, whatever case and spacing they type. */
    public static String signInName(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a password, in words for the person choosing it; empty when it will do. */
    static Optional<String> passwordProblem(@Nullable String password) {
        if (password == null
                || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            return Optional.of("The password must be at least " + MIN_PASSWORD + " characters and at most "
                    + MAX_PASSWORD + " bytes long.");
        }
        return Optional.empty();
    }
}
