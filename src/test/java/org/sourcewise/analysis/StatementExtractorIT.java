package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.cleaning.ArticleText;

/**
 * The engine with the real CoreNLP models on news-style fixtures written for each construction; the models
 * load once for the whole class. Publication date: Thursday 14 March 2019.
 */
@Tier.Models
class StatementExtractorIT {

    private static final StatementExtractor EXTRACTOR = StatementExtractor.withCoreNlp();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);

    private static List<Statement> statements(String text) {
        return EXTRACTOR.extract(ArticleText.fromEditedText(text), PUBLISHED).statements();
    }

    private static Statement only(String text) {
        List<Statement> found = statements(text);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @Test
    void attributesSaidThatToItsSubject() {
        Statement statement = only("Finance Minister Bill Morneau said that the deficit would shrink next year.");

        assertThat(statement.speaker().name()).isEqualTo("Bill Morneau");
        assertThat(statement.speaker().role()).isEqualTo("Finance Minister");
        assertThat(statement.speaker().kind()).isEqualTo(SourceKind.PERSON);
        assertThat(statement.content()).isEqualTo("the deficit would shrink next year");
        assertThat(statement.kind()).isEqualTo(StatementKind.INDIRECT);
    }

    @Test
    void attributesAQuoteToTheNameAfterAnInvertedSaid() {
        Statement statement =
                only("\u201cWe will not back down on pipelines,\u201d said Alberta Premier Rachel Notley.");

        assertThat(statement.speaker().name()).isEqualTo("Rachel Notley");
        assertThat(statement.content()).isEqualTo("We will not back down on pipelines");
        assertThat(statement.kind()).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void resolvesHeToThePersonNamedBefore() {
        List<Statement> found = statements("Prime Minister Justin Trudeau spoke in Ottawa on Tuesday. "
                + "He said the government would appeal the ruling.");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.speaker().name()).isEqualTo("Justin Trudeau");
            assertThat(s.content()).isEqualTo("the government would appeal the ruling");
        });
    }

    @Test
    void resolvesSheToThePersonOfAnUndatedSentenceThatReportsNothing() {
        List<Statement> found = statements("Jody Wilson-Raybould left the cabinet. "
                + "She told the committee that she had been pressured for months. "
                + "Gerald Butts resigned as principal secretary. He denied that anyone had pressured her.");

        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Jody Wilson-Raybould", "Gerald Butts");
    }

    @Test
    void findsAccordingToAtTheStartAndInTheMiddle() {
        List<Statement> found = statements("According to Statistics Canada, the jobless rate fell to 5.6 per cent.\n\n"
                + "The mine, according to company officials, will close in June.");

        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Statistics Canada", "company officials");
        assertThat(found.getFirst().content()).isEqualTo("the jobless rate fell to 5.6 per cent");
        assertThat(found.get(1).content()).isEqualTo("The mine will close in June");
        assertThat(found.get(1).speaker().kind()).isEqualTo(SourceKind.ANONYMOUS);
    }

    @Test
    void findsAccordingToAtTheEnd() {
        Statement statement =
                only("Housing prices in Vancouver dropped for a sixth month, according to the real estate board.");

        assertThat(statement.speaker().name()).isEqualTo("real estate board");
        assertThat(statement.content()).isEqualTo("Housing prices in Vancouver dropped for a sixth month");
    }

    @Test
    void aParticipleKeepsTheSpeakerOfItsClause() {
        List<Statement> found = statements(
                "Mayor John Tory confirmed the budget on Monday, saying that transit " + "fares would stay frozen.");

        assertThat(found).extracting(s -> s.speaker().name()).containsOnly("John Tory");
        assertThat(found).extracting(Statement::content).contains("transit fares would stay frozen");
    }

    @Test
    void urgedSomeoneToDoSomethingIsAStatement() {
        Statement statement = only("Environment Minister Catherine McKenna urged provinces to adopt a carbon price.");

        assertThat(statement.speaker().name()).isEqualTo("Catherine McKenna");
        assertThat(statement.content()).isEqualTo("provinces to adopt a carbon price");
    }

    @Test
    void toldSomeoneThatAttributesToTheTeller() {
        Statement statement = only("A police spokesperson told reporters that two people were injured in the crash.");

        assertThat(statement.speaker().name()).isEqualTo("police spokesperson");
        assertThat(statement.content()).isEqualTo("two people were injured in the crash");
    }

    @Test
    void aFamilyNameLaterOnIsTheFullName() {
        List<Statement> found = statements("Conservative Leader Andrew Scheer criticized the plan.\n\n"
                + "Scheer said the tax would hurt families.");

        assertThat(found).singleElement().extracting(s -> s.speaker().name()).isEqualTo("Andrew Scheer");
    }

    @Test
    void aQuoteContinuingInTheNextParagraphKeepsItsSpeaker() {
        List<Statement> found =
                statements("\u201cThis is a good day for workers,\u201d union president Jerry Dias said.\n\n"
                        + "\u201cWe fought for these jobs for two years and we will keep fighting for them.\u201d");

        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker().name()).isEqualTo("Jerry Dias");
        assertThat(found.get(1).kind()).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void scareQuotesAndQuotedHeadingsAreNotStatements() {
        assertThat(statements("\u2018ROUGH ROAD AHEAD\u2019\n\nCritics call the plan a \u201cgift\u201d to big oil."))
                .isEmpty();
    }

    @Test
    void dateOfTheReportComesFromTheReportingClauseOnly() {
        List<Statement> found = statements("The minister said on Tuesday that the bridge would reopen on Friday.\n\n"
                + "Last Monday, the premier announced that the plant would close.");

        assertThat(found)
                .extracting(Statement::saidOn)
                .containsExactly(LocalDate.of(2019, 3, 12), LocalDate.of(2019, 3, 11));
    }

    @Test
    void aDateBetweenTheVerbAndTheReportIsWhenItWasSaid() {
        Statement statement = only("Ottawa said on Wednesday (March 13) the province had not filed its climate plan.");

        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2019, 3, 13));
        assertThat(statement.content()).isEqualTo("the province had not filed its climate plan");
    }

    @Test
    void aDateNamingAChannelIsNotADate() {
        Statement statement = only("Scheer said in an interview on the Canada Today channel that taxes would fall.");

        assertThat(statement.saidOn()).isNull();
    }

    @Test
    void aReportHangingOnAnAsClauseTakesTheDateOfTheMainClause() {
        Statement statement = only("On Wednesday, the union began the second phase of its strike, as the province "
                + "began new talks, warning teachers that a long strike would hurt students.");

        assertThat(statement.speaker().name()).isEqualTo("province");
        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2019, 3, 13));
    }

    @Test
    void returningToAScenesPlaceDatesWhatItsPeopleSayThere() {
        List<Statement> found = statements("During a visit to the Alberta capital, Edmonton on Tuesday, Trudeau "
                + "defended the pipeline plan.\n\nTrudeau said he would not change the carbon tax.\n\n"
                + "In Edmonton, Trudeau told Premier Rachel Notley that Ottawa would buy the pipeline.\n\n"
                + "\u201cWe will finish it,\u201d Notley said.\n\n"
                + "From Edmonton, Trudeau will fly to Calgary.\n\n"
                + "Notley said the province would sue.");

        assertThat(found)
                .extracting(Statement::content, Statement::saidOn)
                .containsExactly(
                        tuple("he would not change the carbon tax", null),
                        tuple("Ottawa would buy the pipeline", LocalDate.of(2019, 3, 12)),
                        tuple("We will finish it", LocalDate.of(2019, 3, 12)),
                        tuple("the province would sue", null));
    }

    @Test
    void aDayOfTheMonthIsTheLatestOneBeforePublication() {
        Statement statement = only("The agency confirmed on the 4th that the recall covers 2,000 cars.");

        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2019, 3, 4));
    }

    @Test
    void anUnnamedOfficialIsAnAnonymousSource() {
        Statement statement = only("A senior government official said the talks had stalled.");

        assertThat(statement.speaker().kind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(statement.saidOn()).isNull();
    }

    @Test
    void doesNotSplitASentenceAfterUS() {
        Statement statement =
                only("\u201cThe tariffs must go,\u201d said U.S. Trade Representative Robert Lighthizer.");

        assertThat(statement.speaker().name()).isEqualTo("Robert Lighthizer");
    }

    @Test
    void aLongTitleAfterUSStillLeadsToTheName() {
        Statement statement =
                only("\u201cWe are calling on Ottawa to act before the winter,\u201d said U.S. Under Secretary "
                        + "of State for Political Affairs Victoria Nuland.");

        assertThat(statement.speaker().name()).isEqualTo("Victoria Nuland");
    }

    @Test
    void textWithoutStatementsGivesNone() {
        assertThat(statements("The river rose two metres overnight. Roads near the bridge were closed."))
                .isEmpty();
    }

    @Test
    void evidenceAndContentSpansPointIntoTheText() {
        String text = "Ottawa police said the road would stay closed.";
        Statement statement = only(text);

        assertThat(text.substring(
                        statement.contentSpan().start(), statement.contentSpan().end()))
                .isEqualTo(statement.content());
        assertThat(text.substring(
                        statement.evidence().start(), statement.evidence().end()))
                .contains(statement.content());
    }
}
