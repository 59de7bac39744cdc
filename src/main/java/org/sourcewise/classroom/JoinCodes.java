package org.sourcewise.classroom;

import java.security.SecureRandom;

/**
 * Join codes are read aloud and typed on phones: eight characters without look-alikes (no 0/O, 1/I/L),
 * drawn from a secure random source so that they cannot be guessed from one another.
 */
final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a student typed, as it is stored: case and spaces or dashes between groups do not matter. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
