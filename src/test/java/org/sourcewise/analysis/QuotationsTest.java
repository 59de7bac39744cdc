package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class QuotationsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);

    private static List<Statement> statements(String text) {
        return Fixtures.extract(text, WEDNESDAY).statements();
    }

    @Test
    void aQuotationRunningPastItsReportingSentenceIsOneStatement() {
        List<Statement> found =
                statements("The mayor said on Monday, \"We will rebuild the bridge. It will take two years.\"");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly("We will rebuild the bridge. It will take two years.");
        assertThat(found.getFirst().saidOn()).isEqualTo(LocalDate.of(2021, 12, 6));
    }

    @Test
    void aQuotationResumedAfterItsAttributionIsASecondStatementOfTheSameSpeaker() {
        List<Statement> found =
                statements("\"Terrorists seek to divide us and destroy our way of life,\" said the mayor, "
                        + "\"but here in London we will never let them succeed.\"");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly(
                        "Terrorists seek to divide us and destroy our way of life",
                        "but here in London we will never let them succeed.");
        assertThat(found).extracting(s -> s.speaker().name()).containsOnly("mayor");
        assertThat(found).extracting(Statement::kind).containsOnly(StatementKind.DIRECT);
    }

    @Test
    void aQuotationAfterAColonIsSplitFromTheParaphraseBeforeIt() {
        List<Statement> found =
                statements("According to the prosecutor, the manifesto could strengthen the government's "
                        + "case: \"The key factor here is that it appears to be an intent to coerce.\"");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly(
                        "the manifesto could strengthen the government's case",
                        "The key factor here is that it appears to be an intent to coerce.");
        assertThat(found).extracting(Statement::kind).containsExactly(StatementKind.INDIRECT, StatementKind.DIRECT);
    }

    @Test
    void shortSentencesOfAQuotationContinueItCountedByTheWholeQuote() {
        List<Statement> found = statements("\"I noticed then that Chad was an anomaly,\" the director wrote. "
                + "\"He was calm. Assured. Constantly studying.\"");

        assertThat(found)
                .extracting(Statement::content)
                .containsExactly(
                        "I noticed then that Chad was an anomaly", "He was calm. Assured. Constantly studying.");
        assertThat(found.get(1).cue()).isEqualTo("(continuation)");
        assertThat(found.get(1).speaker().name()).isEqualTo("director");
    }

    @Test
    void aQuotationClosedRightBeforeAVerbOfSayingIsAttributedToThePhraseBesideIt() {
        List<Statement> found = statements("President Hassan Rouhani spoke in Tehran on Tuesday. "
                + "\"Your presence has always been a calamity for this region,\" he continued.");

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().content()).isEqualTo("Your presence has always been a calamity for this region");
        assertThat(found.getFirst().cue()).isEqualTo("continued");
        assertThat(found.getFirst().speaker().name()).isEqualTo("Hassan Rouhani");
    }
}
