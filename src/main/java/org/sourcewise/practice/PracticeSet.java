package org.sourcewise.practice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.questions.QuestionType;

/**
 * Free practice comes in short sets rather than every question of an article at once: up to {@link #SIZE}
 * questions, the kinds taken in turn so that a set mixes them, the questions a student has met least often first, so
 * that "another set" goes on to new ones until every question has had its turn.
 */
final class PracticeSet {

    static final int SIZE = 10;

    private PracticeSet() {}

    /**
     * @param askable the article's questions students may meet, in bank order
     * @param timesMet how often the student had each question in earlier practice on the article, by id
     */
    static List<Long> choose(List<KeyedQuestion> askable, Map<Long, Integer> timesMet) {
        Map<Integer, List<KeyedQuestion>> byTimesMet =
                new TreeMap<>(askable.stream().collect(Collectors.groupingBy(q -> timesMet.getOrDefault(q.id(), 0))));
        List<Long> set = new ArrayList<>();
        for (List<KeyedQuestion> level : byTimesMet.values()) {
            set.addAll(inTurn(level));
        }
        return List.copyOf(set.subList(0, Math.min(SIZE, set.size())));
    }

    /** The questions with the kinds taken in turn, each kind's in bank order. */
    private static List<Long> inTurn(List<KeyedQuestion> questions) {
        Map<QuestionType, Deque<KeyedQuestion>> byKind = new LinkedHashMap<>();
        questions.forEach(q ->
                byKind.computeIfAbsent(q.type(), type -> new ArrayDeque<>()).add(q));
        List<Long> inTurn = new ArrayList<>();
        while (inTurn.size() < questions.size()) {
            byKind.values().stream()
                    .filter(kind -> !kind.isEmpty())
                    .forEach(kind -> inTurn.add(kind.poll().id()));
        }
        return inTurn;
    }
}
