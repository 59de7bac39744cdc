package org.sourcewise.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored questions with their keys, each with whether it reaches students under its article's {@link BankPolicy}; one whose
 * stored text no longer reads is left out ({@link BankQuestion#readable}).
 */
final class KeyedQuestions {

    private KeyedQuestions() {}

    static List<KeyedQuestion> of(List<BankQuestion> questions, BankPolicyRepository policies) {
        Map<Long, Boolean> trustedOpen = new HashMap<>();
        return questions.stream()
                .flatMap(q -> q.readable(trustedOpen.computeIfAbsent(q.getArticleId(), policies::trustedOpen)).stream())
                .toList();
    }
}
