package org.sourcewise.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.report.QuizResponses.Item;
import org.sourcewise.report.QuizResponses.Response;
import org.sourcewise.report.QuizResponses.Student;

@Tier.Fast
class ResultsCsvTest {

    private static final List<Item> ITEMS = List.of(new Item(0, "Who?"), new Item(1, "When?"));

    private static String csv(Student... students) {
        return text(ResultsCsv.write(new QuizResponses("Quiz", ITEMS, List.of(students))));
    }

    private static String text(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void writesOneQuotedRowPerStudentWithOneColumnPerQuestion() {
        String csv = csv(
                new Student("Zoë Ng", Arrays.asList(new Response("a", true), null)),
                new Student("Ben \"the brain\" Okoro", List.of(new Response("b", false), new Response("b", true))));

        assertThat(csv)
                .isEqualTo("\"Student\",\"Right answers\",\"Q1 Who?\",\"Q2 When?\"\r\n"
                        + "\"Zoë Ng\",\"1\",\"1\",\"\"\r\n"
                        + "\"Ben \"\"the brain\"\" Okoro\",\"1\",\"0\",\"1\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        String csv = csv(
                new Student("=HYPERLINK(\"http://evil\")", Arrays.asList(null, null)),
                new Student("@SUM(A1)", Arrays.asList(null, null)),
                new Student("+1", Arrays.asList(null, null)),
                new Student("-2", Arrays.asList(null, null)),
                new Student("\tx", Arrays.asList(null, null)));

        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"'@SUM(A1)\"", "\"'+1\"", "\"'-2\"", "\"'\tx\"");
    }

    @Test
    void leavesOrdinaryNamesAlone() {
        assertThat(ResultsCsv.neutralise("Ana Lima")).isEqualTo("Ana Lima");
        assertThat(ResultsCsv.neutralise("")).isEmpty();
    }

    @Test
    void theAnswersFileHasOneRowPerStudentAndQuestionWithTheAnswerItsMarkAndItsTime() {
        Instant at = Instant.parse("2026-11-30T09:15:00Z");
        List<Item> named = List.of(
                new Item(0, "Who said it: We will cut taxes", "Who said it?", "Ng; Okoro", "Ng"),
                new Item(1, "When was it said: The plan", "When?", "Monday; Friday", "Friday"));
        String csv = text(ResultsCsv.answers(new QuizResponses(
                "Quiz",
                named,
                List.of(new Student(
                        "Zoë Ng", Arrays.asList(new Response("Okoro", false, at, Duration.ofSeconds(42)), null))))));

        assertThat(csv)
                .isEqualTo("\"Student\",\"Question\",\"Title\",\"Answer given\",\"Right or wrong\","
                        + "\"Answered at\",\"Seconds on it\"\r\n"
                        + "\"Zoë Ng\",\"Q1\",\"Who said it: We will cut taxes\",\"Okoro\",\"wrong\",\""
                        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                                .withZone(ZoneId.systemDefault())
                                .format(at)
                        + "\",\"42\"\r\n"
                        + "\"Zoë Ng\",\"Q2\",\"When was it said: The plan\",\"\",\"not answered\",\"\",\"\"\r\n");
    }

    @Test
    void theQuestionsFileListsEachQuestionWithItsChoicesAndKey() {
        List<Item> named = List.of(new Item(0, "Who said it: We will cut taxes", "Who said it?", "Ng; Okoro", "Ng"));

        String csv = text(ResultsCsv.questions(new QuizResponses("Quiz", named, List.of())));

        assertThat(csv)
                .isEqualTo("\"Question\",\"Title\",\"Text\",\"Choices\",\"Right answer\"\r\n"
                        + "\"Q1\",\"Who said it: We will cut taxes\",\"Who said it?\",\"Ng; Okoro\",\"Ng\"\r\n");
    }
}
