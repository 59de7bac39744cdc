package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.practice.UnsavedQuestions.ordering;
import static org.sourcewise.practice.UnsavedQuestions.own;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;

@Tier.Fast
class StudentCopyTest {

    @Test
    void aMatchingShowsItsItemsAndEveryMatchInAnOrderThatGivesNothingAway() {
        PlayerQuestion shown = StudentCopy.of(own("Match. {=Truss -> UK =Lavrov -> Russia = -> France}"), 0, 1, null);

        assertThat(shown.items()).containsExactly("Truss", "Lavrov");
        assertThat(shown.choices()).containsExactly("France", "Russia", "UK");
    }

    @Test
    void anOwnOrderingIsNeverShownInItsRightOrder() {
        KeyedQuestion question = ordering("first", "second", "third");

        for (long seed = 0; seed < 50; seed++) {
            assertThat(StudentCopy.of(question, 0, seed, null).shown())
                    .isNotEqualTo(List.of(0, 1, 2))
                    .containsExactlyInAnyOrder(0, 1, 2);
        }
    }

    @Test
    void shufflesOwnChoicesTheSameWayForTheSameSeed() {
        KeyedQuestion question = own("Who? {=A ~B ~C ~D ~E}");

        assertThat(StudentCopy.of(question, 0, 42, null).shown())
                .isEqualTo(StudentCopy.of(question, 0, 42, null).shown());
        assertThat(StudentCopy.of(question, 0, 42, null).shown()).isNotEqualTo(List.of(0, 1, 2, 3, 4));
    }
}
