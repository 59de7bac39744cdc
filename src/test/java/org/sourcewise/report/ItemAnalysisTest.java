package org.sourcewise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.report.QuizResponses.Item;
import org.sourcewise.report.QuizResponses.Response;
import org.sourcewise.report.QuizResponses.Student;

@Tier.Fast
class ItemAnalysisTest {

    private static final List<Item> ITEMS = List.of(new Item(0, "Who said it?"), new Item(1, "When?"));
    private static final List<List<String>> CHOICES = List.of(
            List.of("Truss", "Lavrov", "Johnson", "Biden"), List.of("Monday", "Tuesday", "Wednesday", "Thursday"));
    private static final List<Integer> KEYS = List.of(0, 3);

    /** A student's answers as chosen indexes per question; -1 for none. Right when the index is the key. */
    private static Student student(String name, int... chosen) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            responses.add(chosen[i] < 0 ? null : new Response(CHOICES.get(i).get(chosen[i]), chosen[i] == KEYS.get(i)));
        }
        return new Student(name, responses);
    }

    private static QuizReport analyse(Student... students) {
        return ItemAnalysis.analyse(new QuizResponses("Drills", ITEMS, List.of(students)));
    }

    @Test
    void countsStudentsByScoreLeavingOutThoseWhoNeverAnswered() {
        QuizReport report = analyse(student("a", 0, 3), student("b", 0, 1), student("c", 1, 1), student("d", -1, -1));

        assertThat(report.scoreDistribution()).containsExactly(1, 1, 1);
    }

    @Test
    void facilityIsTheShareOfAnswersThatWereRight() {
        QuizReport report = analyse(student("a", 0, 3), student("b", 0, -1), student("c", 1, 1));

        assertThat(report.questions().get(0).facility()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.questions().get(1).facility()).isCloseTo(0.5, within(1e-9));
        assertThat(report.questions().get(1).answered()).isEqualTo(2);
    }

    @Test
    void discriminationComparesTheBestAndWorstGroups() {
        // The best two got question 0 right, the worst two wrong: it separates them perfectly.
        QuizReport report = analyse(
                student("a", 0, 3),
                student("b", 0, 3),
                student("c", 1, 3),
                student("d", 2, 1),
                student("e", 1, 0),
                student("f", 0, 0),
                student("g", 3, 2));

        assertThat(report.questions().get(0).discrimination()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void discriminationIsLeftOutForFewerThanFourStudents() {
        QuizReport report = analyse(student("a", 0, 3), student("b", 1, 1), student("c", 1, 1));

        assertThat(report.questions().get(0).discrimination()).isNull();
    }

    @Test
    void namesTheWrongAnswerChosenMostOften() {
        QuizReport report = analyse(student("a", 1, 3), student("b", 2, 3), student("c", 2, 3), student("d", 0, 3));

        assertThat(report.questions().get(0).mostChosenWrong()).isEqualTo("Johnson");
        assertThat(report.questions().get(0).mostChosenWrongCount()).isEqualTo(2);
        assertThat(report.questions().get(1).mostChosenWrong()).isNull();
    }

    @Test
    void aQuizNobodyAnsweredHasNoFacility() {
        QuizReport report = analyse(student("a", -1, -1));

        assertThat(report.questions()).allMatch(q -> q.facility() == null && q.answered() == 0);
        assertThat(report.scoreDistribution()).containsOnly(0);
    }
}
