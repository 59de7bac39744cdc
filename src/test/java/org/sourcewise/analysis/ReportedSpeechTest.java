package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class ReportedSpeechTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);

    private static List<Statement> statements(String text) {
        return Fixtures.extract(text, WEDNESDAY).statements();
    }

    @Test
    void reportsInThePluralAreASource() {
        List<Statement> found = statements("Two women and a man were injured, according to the reports.");

        assertThat(found).extracting(Statement::content).containsExactly("Two women and a man were injured");
        assertThat(found.getFirst().speaker().name()).isEqualTo("reports");
    }

    @Test
    void aNamedAuthorsReportIsTheAuthorsStatement() {
        List<Statement> found = statements("According to a 1989 report from the National Transportation Safety Board, "
                + "the same aircraft was involved in an earlier incident.");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly("the same aircraft was involved in an earlier incident");
        assertThat(found.getFirst().speaker().name()).contains("National Transportation Safety Board");
    }

    @Test
    void aSingleUnnamedReportIsNoSource() {
        assertThat(
                        statements(
                                "According to a report by a local website, the two countries have carried out military exercises."))
                .isEmpty();
    }

    @Test
    void theClauseBeforeASentenceFinalAttributionIsWhatWasSaid() {
        List<Statement> found =
                statements("The Federal Aviation Office has suspended the airline's permit, German officials said.");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly("The Federal Aviation Office has suspended the airline's permit");
        assertThat(found.getFirst().speaker().name()).isEqualTo("German officials");
    }

    @Test
    void theClauseAfterSaidIsWhatWasSaidWhenTheParserHungItElsewhere() {
        List<Statement> found = statements("The fire produced heavy smoke, and local officials said there was danger "
                + "the building might collapse.");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly("there was danger the building might collapse");
    }

    @Test
    void characterizingSomethingAsSomethingReportsTheObjectWithItsJudgement() {
        List<Statement> found = statements(
                "The prosecutor characterized the attack as \"designed to intimidate a civilian population.\"");

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().content())
                .startsWith("the attack as \"designed to intimidate a civilian population");
        assertThat(found.getFirst().kind()).isEqualTo(StatementKind.MIXED);
    }

    @Test
    void callingSomethingSomethingReportsTheObjectWithItsJudgement() {
        List<Statement> found = statements("The president called the notion a \"waste of time\".");

        assertThat(found)
                .extracting(Statement::content)
                .singleElement()
                .asString()
                .startsWith("the notion a \"waste of time");
    }

    @Test
    void callingSomeoneReportsNothing() {
        assertThat(statements("The president called the police after the meeting."))
                .isEmpty();
    }

    @Test
    void whenAndWhereSomethingWasAnnouncedIsNotWhatWasAnnounced() {
        List<Statement> found =
                statements("The governor announced his resignation shortly before midnight in an internet "
                        + "video broadcast to the island.");

        assertThat(found).extracting(Statement::content).noneMatch(content -> content.contains("midnight"));
    }

    @Test
    void aReportParsedAsTheSubjectOfWhatWasSaidStillReportsTheClauseAfterIt() {
        Statement statement = statements(
                        "Tomas Novak, a fire service spokesman, told Reuters the driver is in intensive "
                                + "care with serious burns.")
                .getFirst();

        assertThat(statement.speaker().name()).isEqualTo("Tomas Novak");
        assertThat(statement.content()).isEqualTo("the driver is in intensive care with serious burns");
    }

    @Test
    void aReportParsedAsTheSubjectOfWhatWasSaidKeepsTheReportedSubject() {
        assertThat(statements("Novak revealed police have been unable to question him.")
                        .getFirst()
                        .content())
                .isEqualTo("police have been unable to question him");
    }
}
