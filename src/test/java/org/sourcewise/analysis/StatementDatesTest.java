package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dates statements take from the statement before them (in {@link StatementExtractor}). */
class StatementDatesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);
    private static final LocalDate MONDAY = LocalDate.of(2021, 12, 6);

    @Test
    void theSameSpeakersNextStatementKeepsTheDay() {
        List<Statement> statements = Fixtures.extract("Health Minister Anna Berg said on Monday that the talks had "
                + "failed. \"We will not give up,\" Berg said. \"Talks will go on.\"", WEDNESDAY).statements();

        assertThat(statements.get(1).saidOn()).isEqualTo(MONDAY);
    }

    @Test
    void aQuotationAttributedByTheNextSentenceDoesNotContinueTheDatedStatementBefore() {
        List<Statement> statements = Fixtures.extract("Police said on Monday they believe the thieves used two cars. "
                + "\"When they woke me up this morning, I thought it was a joke: who steals a car like that?\" wrote "
                + "Tom Baker, the owner, in an e-mail to a newspaper. \"I had forgotten for a moment how old it was.\"",
                WEDNESDAY).statements();

        assertThat(statements.getFirst().saidOn()).isEqualTo(MONDAY);
        assertThat(statements.subList(1, statements.size())).allSatisfy(statement -> assertThat(statement.saidOn()).isNull());
    }
}
