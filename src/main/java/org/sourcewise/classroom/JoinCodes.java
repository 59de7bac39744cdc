package org.sourcewise.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one generator of the codes students type to join: a class's code and a live session's. They are read
 * aloud and typed on phones: no look-alikes (no 0/O, 1/I/L), drawn from a secure random source so that they
 * cannot be guessed from one another.
 */
public final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** A class's code, kept for the school year. */
    static final int CLASS_LENGTH = 8;
    /** A live session's code, projected for the minutes it runs. */
    public static final int LIVE_LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    private static String next(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A fresh code of the length that {@code taken} does not hold yet. */
    public static String unused(int length, Predicate<String> taken) {
        String code = next(length);
        while (taken.test(code)) {
            code = next(length);
        }
        return code;
    }

    /** What a student typed, as it is stored: case and spaces or dashes between groups do not matter. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
