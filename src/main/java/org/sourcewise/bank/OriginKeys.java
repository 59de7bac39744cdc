package org.sourcewise.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.sourcewise.questions.Question;

/**
 * What a generated question asks, as a short digest of its type and stem. A new analysis of the same article
 * asks the same question with the same key, which is how a teacher's edit or rejection survives it even when
 * the wrong answers drawn from the library have changed.
 */
final class OriginKeys {

    private OriginKeys() {}

    static List<String> of(List<Question> bank) {
        Set<String> taken = new HashSet<>();
        return bank.stream()
                .map(question -> {
                    String asked = question.type().name() + "\n" + question.stem();
                    String key = digest(asked);
                    for (int repeat = 2; !taken.add(key); repeat++) {
                        key = digest(asked + "\n" + repeat);
                    }
                    return key;
                })
                .toList();
    }

    static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
