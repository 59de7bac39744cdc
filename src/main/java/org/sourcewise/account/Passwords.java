package org.sourcewise.account;

import java.security.SecureRandom;

/**
 * Passwords an admin or a teacher hands out on paper: three groups of four characters without look-alikes, typed
 * easily on a phone and long enough (about 59 bits) to resist guessing.
 */
final class Passwords {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static String next() {
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
