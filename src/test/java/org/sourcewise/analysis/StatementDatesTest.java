package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** The dates statements take from the statement before them and from the story's days (in {@link StatementExtractor}). */
@Tier.Fast
class StatementDatesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);
    private static final LocalDate MONDAY = LocalDate.of(2021, 12, 6);

    @Test
    void theSameSpeakersNextStatementKeepsTheDay() {
        List<Statement> statements = Fixtures.extract(
                        "Health Minister Anna Berg said on Monday that the talks had "
                                + "failed. \"We will not give up,\" Berg said. \"Talks will go on.\"",
                        WEDNESDAY)
                .statements();

        assertThat(statements.get(1).saidOn()).isEqualTo(MONDAY);
    }

    @Test
    void aQuotationAttributedByTheNextSentenceDoesNotContinueTheDatedStatementBefore() {
        List<Statement> statements = Fixtures.extract(
                        "Police said on Monday they believe the thieves used two cars. "
                                + "\"When they woke me up this morning, I thought it was a joke: who steals a car like that?\" wrote "
                                + "Tom Baker, the owner, in an e-mail to a newspaper. \"I had forgotten for a moment how old it was.\"",
                        WEDNESDAY)
                .statements();

        assertThat(statements.getFirst().saidOn()).isEqualTo(MONDAY);
        assertThat(statements.subList(1, statements.size()))
                .allSatisfy(statement -> assertThat(statement.saidOn()).isNull());
    }

    @Test
    void aQuotationSpeakingOfThisMorningWasSaidOnTheDayOfTheEventsBeforeIt() {
        Statement statement = Fixtures.extract(
                        "Seven people were killed yesterday when a small plane crashed at the "
                                + "city airport. Dr. Ana Ruiz at the hospital said, \"We received the first patients this morning and we "
                                + "are ready for more.\"",
                        WEDNESDAY)
                .statements()
                .getFirst();

        assertThat(statement.saidOn()).isEqualTo(WEDNESDAY.minusDays(1));
        assertThat(statement.provenance().dateBy()).isEqualTo(Confidence.DATE_OF_SAME_DAY_EVENTS);
        assertThat(statement.provenance().dateConfidence()).isLessThan(Provenance.TRUSTED);
    }

    @Test
    void theDayOfAThisAfternoonIsNotPassedOnToTheQuotationsNextWords() {
        List<Statement> statements = Fixtures.extract(
                        "The Lions beat the Tigers by three goals on Saturday. \"It was "
                                + "a hard game out there this afternoon,\" coach Ben Hall said. \"We will be better next time.\"",
                        WEDNESDAY)
                .statements();

        assertThat(statements.getFirst().saidOn()).isEqualTo(LocalDate.of(2021, 12, 4));
        assertThat(statements.get(1).saidOn()).isNull();
    }

    @Test
    void theSameOrganisationsNextStatementKeepsTheDayWhenNamedByItsNoun() {
        List<Statement> statements = Fixtures.extract(
                        "The Electoral Commission announced on Monday that the vote "
                                + "would be delayed. In a statement, the commission said the new date would be set within weeks.",
                        WEDNESDAY)
                .statements();

        assertThat(statements.get(1).speaker().name()).isEqualTo("Electoral Commission");
        assertThat(statements.get(1).saidOn()).isEqualTo(MONDAY);
    }
}
