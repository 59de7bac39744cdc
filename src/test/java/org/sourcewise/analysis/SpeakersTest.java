package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** The speaker rules of {@link Speakers}, each on a recorded parse, and the confidence each rule earns. */
@Tier.Fast
class SpeakersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 8);

    private static List<Statement> statements(String text) {
        return Fixtures.extract(text, PUBLISHED).statements();
    }

    @Test
    void aDescriptionFollowedByANameIsThatNamedPerson() {
        Statement statement = statements(
                        "A member of the city council, Maria Gonzalez, said the budget was far too small.")
                .getFirst();

        assertThat(statement.speaker().name()).isEqualTo("Maria Gonzalez");
        assertThat(statement.speaker().role()).isEqualTo("member of the city council");
        assertThat(statement.provenance().speakerBy()).isEqualTo(Attribution.APPOSED_NAME);
    }

    @Test
    void theNameAtTheHeadOfTheMentionIsTheSpeakerNotANameAfterIt() {
        Statement statement = statements("Dr. Alan Brooks at Saint Mary said the hospital was ready for more patients.")
                .getFirst();

        assertThat(statement.speaker().name()).isEqualTo("Alan Brooks");
        assertThat(statement.provenance().speakerTrusted()).isTrue();
    }

    @Test
    void aQuotationThatAnotherPersonSignsIsNotTrustedAsAContinuation() {
        List<Statement> found = statements("Tom Harris said the new plan would work for the whole town.\n\n"
                + "\"We will keep going until the end. We need this plan more than ever,\" Lisa Moore wrote on Tuesday. "
                + "\"Nobody here wants to wait another year.\"");

        assertThat(found)
                .allSatisfy(statement -> assertThat(statement.speaker().name().equals("Lisa Moore")
                                || !statement.provenance().speakerTrusted()
                                || statement.content().startsWith("the new plan"))
                        .isTrue());
    }

    @Test
    void aPronounAfterAPersonNamedAsSubjectIsThatPersonAndTrusted() {
        Statement statement = statements(
                        "Premier Rachel Notley visited the plant on Monday. She said the new jobs would stay in the province.")
                .getFirst();

        assertThat(statement.speaker().name()).isEqualTo("Rachel Notley");
        assertThat(statement.provenance().speakerBy()).isEqualTo(Attribution.PRONOUN);
        assertThat(statement.provenance().speakerTrusted()).isTrue();
    }

    @Test
    void aParticipleSetOffByACommaSpeaksForTheMainClausesSubjectNotTheReportedClauses() {
        Statement statement = statements("A witness described how the fire spread through the market, saying, "
                        + "\"The whole street was burning within minutes.\"")
                .getLast();

        assertThat(statement.content()).startsWith("The whole street");
        assertThat(statement.speaker().name()).isEqualTo("witness");
    }

    @Test
    void aSentenceOpeningOnItsReportingVerbAttributesTheQuotationBeforeItHoweverLong() {
        List<Statement> found =
                statements("\"Who would do such a thing to a small family shop?\" wrote Anna Berg, the owner, "
                        + "in a letter to the local paper. \"We will rebuild the shop before the end of the year.\"");

        assertThat(found)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.speaker().name()).isEqualTo("Anna Berg"));
    }

    @Test
    void theOrganisationsOwnNounAloneStandsForTheOrganisationThatSpokeBefore() {
        Statement statement = statements("The Electoral Commission announced on Monday that the vote would be delayed. "
                        + "In a statement, the commission said the new date would be set within weeks.")
                .get(1);

        assertThat(statement.speaker().name()).isEqualTo("Electoral Commission");
        assertThat(statement.provenance().speakerBy()).isEqualTo(Attribution.GROUP_BY_ITS_NOUN);
    }

    @Test
    void aNounThatNoEarlierSpeakersNameHoldsStaysADescription() {
        Statement statement = statements("The Electoral Commission announced on Monday that the vote would be delayed. "
                        + "The company said the new date would be set within weeks.")
                .get(1);

        assertThat(statement.speaker().name()).isEqualTo("company");
        assertThat(statement.provenance().speakerBy()).isEqualTo(Attribution.DESCRIPTION);
    }
}
