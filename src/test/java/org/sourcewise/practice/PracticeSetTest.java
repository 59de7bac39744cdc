package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionStatus;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.QuestionType;

@Tier.Fast
class PracticeSetTest {

    /** Twelve who-said-it questions, then four of each of three other kinds: 24 in bank order. */
    private static final List<KeyedQuestion> BANK = bank();

    private static List<KeyedQuestion> bank() {
        List<KeyedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            questions.add(question(questions.size(), QuestionType.WHO_SAID));
        }
        for (QuestionType type : List.of(QuestionType.WHEN_SAID, QuestionType.SOURCE_KIND, QuestionType.WHAT_SAID)) {
            for (int i = 0; i < 4; i++) {
                questions.add(question(questions.size(), type));
            }
        }
        return questions;
    }

    private static KeyedQuestion question(long id, QuestionType type) {
        return new KeyedQuestion(
                id,
                1,
                (int) id,
                type,
                AnswerFormat.ONE_CHOICE,
                "Question " + id,
                List.of("a", "b"),
                List.of(0),
                List.of(),
                "",
                Difficulty.MEDIUM,
                null,
                null,
                QuestionStatus.ACCEPTED,
                null,
                true,
                null,
                null,
                null);
    }

    private static Map<QuestionType, Long> kinds(List<Long> set) {
        return set.stream()
                .map(id -> BANK.get(id.intValue()).type())
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
    }

    @Test
    void aSetHasTenQuestionsWithEveryKindTakenInTurn() {
        List<Long> set = PracticeSet.choose(BANK, Map.of());

        assertThat(set).hasSize(10).doesNotHaveDuplicates();
        assertThat(kinds(set))
                .containsOnlyKeys(
                        QuestionType.WHO_SAID, QuestionType.WHEN_SAID, QuestionType.SOURCE_KIND, QuestionType.WHAT_SAID)
                .allSatisfy((type, count) -> assertThat(count).isBetween(2L, 3L));
    }

    @Test
    void anotherSetTakesTheQuestionsMetLeastOftenFirst() {
        List<Long> first = PracticeSet.choose(BANK, Map.of());
        Map<Long, Integer> met = first.stream().collect(Collectors.toMap(id -> id, id -> 1));

        List<Long> second = PracticeSet.choose(BANK, met);

        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
    }

    @Test
    void anArticleWithFewerQuestionsThanASetGivesThemAll() {
        List<Long> set = PracticeSet.choose(BANK.subList(0, 5), Map.of());

        assertThat(set).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);
    }
}
