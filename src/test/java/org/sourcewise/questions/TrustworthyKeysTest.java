package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Provenance;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.cleaning.ArticleText;

/**
 * Only keys a student can trust: each test is one hand-made article whose engine output has one doubtful
 * statement among sound ones, and checks what the generator makes of it.
 */
@Tier.Fast
class TrustworthyKeysTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 18); // a Friday
    /** What the engine found, sure enough of it by its own measure: the generator's doubts are what is tested. */
    private static final Provenance ENGINE = new Provenance("test", "test", "test", 0.9, 0.9);

    /** Three sound statements of named people, so every who-question has its wrong answers. */
    private static final String SOUND = "Maria Lopez said the bridge would reopen in the spring. "
            + "Tom Becker said the repairs had cost far more than planned. "
            + "Anna Kowalski said the city council had approved the money in March.";

    private static Statement said(
            String text,
            String speaker,
            SourceKind kind,
            String content,
            StatementKind how,
            String cue,
            String role,
            LocalDate saidOn) {
        int start = text.indexOf(content);
        assertThat(start).as("content in the text: " + content).isGreaterThanOrEqualTo(0);
        Span sentence = Wording.sentenceAround(text, start);
        return new Statement(
                new Speaker(speaker, role, kind),
                content,
                how,
                saidOn,
                new Span(start, start + content.length()),
                sentence,
                cue,
                ENGINE);
    }

    private static List<Statement> sound(String text) {
        return List.of(
                said(
                        text,
                        "Maria Lopez",
                        SourceKind.PERSON,
                        "the bridge would reopen in the spring",
                        StatementKind.INDIRECT,
                        "said",
                        null,
                        null),
                said(
                        text,
                        "Tom Becker",
                        SourceKind.PERSON,
                        "the repairs had cost far more than planned",
                        StatementKind.INDIRECT,
                        "said",
                        null,
                        null),
                said(
                        text,
                        "Anna Kowalski",
                        SourceKind.PERSON,
                        "the city council had approved the money in March",
                        StatementKind.INDIRECT,
                        "said",
                        null,
                        null));
    }

    private static List<Question> generate(String text, Statement doubtful) {
        return generate(text, doubtful, new QuestionGenerator(1));
    }

    private static List<Question> generate(String text, Statement doubtful, QuestionGenerator generator) {
        List<Statement> statements = new ArrayList<>(sound(text));
        statements.add(doubtful);
        return generator.generate(
                ArticleText.fromEditedText(text), PUBLISHED, new ExtractionResult(statements, List.of()), List.of());
    }

    private static List<Question> about(List<Question> questions, Statement statement) {
        return questions.stream().filter(q -> statement.equals(q.statement())).toList();
    }

    private static boolean asksWho(Question question) {
        return question.type() == QuestionType.WHO_SAID || question.type() == QuestionType.ACCORDING_TO;
    }

    private static String key(Question question) {
        return question.choices().get(question.answer().getFirst());
    }

    @Test
    void aPronounTheEngineLeftUnresolvedIsNeverAnAnswerKey() {
        String text = SOUND + " He said the contractor was to blame for the delay.";
        Statement he = said(
                text,
                "He",
                SourceKind.PERSON,
                "the contractor was to blame for the delay",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        List<Question> questions = generate(text, he);

        assertThat(questions).filteredOn(TrustworthyKeysTest::asksWho).noneMatch(q -> key(q).equals("He"));
        assertThat(questions).noneMatch(q -> q.stem().startsWith("Did He "));
    }

    @Test
    void aSourceDescribedThroughSomeoneElseIsNeitherAKeyNorNamedInAStem() {
        String text = SOUND + " His office said the minister would not resign over the report.";
        Statement office = said(
                text,
                "His office",
                SourceKind.ORGANIZATION,
                "the minister would not resign over the report",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        List<Question> questions = generate(text, office);

        assertThat(questions)
                .noneMatch(q -> q.stem().contains("His office") || q.stem().contains("his office"));
        assertThat(questions).flatExtracting(Question::choices).doesNotContain("His office");
    }

    @Test
    void aFamilyNameAloneIsKeyedAsTheFullNameTheArticleGives() {
        String text = SOUND
                + " Foreign Minister Sergei Lavrov arrived on Monday. Lavrov said the talks had been useful for both sides.";
        Statement lavrov = said(
                text,
                "Lavrov",
                SourceKind.PERSON,
                "the talks had been useful for both sides",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        Question who = about(generate(text, lavrov), lavrov).stream()
                .filter(TrustworthyKeysTest::asksWho)
                .findFirst()
                .orElseThrow();

        assertThat(key(who)).isEqualTo("Sergei Lavrov");
    }

    @Test
    void aDescriptionFollowedByTheNameItDescribesIsNotAnAnswerKey() {
        String text = SOUND + " One senator, Eduardo Bhatia, said he intended to sue over the controversy.";
        Statement senator = said(
                text,
                "One senator",
                SourceKind.PERSON,
                "he intended to sue over the controversy",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, senator), senator)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aNameThatIsPartOfALongerNameIsNotAnAnswerKey() {
        String text = SOUND + " Dr. Steven Wolf at Saint Francis said the hospital was ready to receive patients.";
        Statement francis = said(
                text,
                "Francis",
                SourceKind.PERSON,
                "the hospital was ready to receive patients",
                StatementKind.INDIRECT,
                "said",
                "Dr. Steven Wolf at Saint",
                null);

        assertThat(about(generate(text, francis), francis)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aNameThatIsTheObjectOfItsSentenceIsNotAnAnswerKey() {
        String text = SOUND
                + " In August, the parents tried to have Waseem released by saying they forgave him for the killing.";
        Statement waseem = said(
                text,
                "Mohammed Waseem",
                SourceKind.PERSON,
                "they forgave him for the killing",
                StatementKind.INDIRECT,
                "saying",
                null,
                null);

        assertThat(about(generate(text, waseem), waseem)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aQuoteWhoseOwnSentenceNamesAnotherWriterIsNotKeyedOnTheEarlierSpeaker() {
        String text = SOUND + " Police Chief Mark Hale said the theft was planned.\n\n"
                + "\"At first I thought it was a prank, who would steal a toilet?\" wrote Cattelan, the artist.";
        Statement continued = said(
                text,
                "Mark Hale",
                SourceKind.PERSON,
                "At first I thought it was a prank, who would steal a toilet?",
                StatementKind.DIRECT,
                "(continuation)",
                null,
                null);

        assertThat(about(generate(text, continued), continued)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aPronounResolvedAcrossAnotherNameIsNotAnAnswerKey() {
        String text = SOUND
                + " Coach Matt Myers said his side had played well. Fitness was a big factor according to Jarrod Kidston.\n\n"
                + "\"We have been working hard on our fitness all season long,\" he said.";
        Statement he = said(
                text,
                "Matt Myers",
                SourceKind.PERSON,
                "We have been working hard on our fitness all season long",
                StatementKind.DIRECT,
                "said",
                "coach",
                null);

        assertThat(about(generate(text, he), he)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aPronounForTheSpeakerOfThePreviousSentenceIsAnAnswerKey() {
        String text = SOUND
                + " Oleksi Danilov said the troops had been moved to the border. He also added that the situation was under control.";
        Statement he = said(
                text,
                "Oleksi Danilov",
                SourceKind.PERSON,
                "the situation was under control",
                StatementKind.INDIRECT,
                "added",
                null,
                null);

        Question who = about(generate(text, he), he).stream()
                .filter(TrustworthyKeysTest::asksWho)
                .findFirst()
                .orElseThrow();

        assertThat(key(who)).isEqualTo("Oleksi Danilov");
    }

    @Test
    void reportedWordsThatReportSomeoneElseAreNotKeyedOnTheOuterSpeaker() {
        String text = SOUND
                + " The committee says it found no explosives despite Znak.com claiming a source described a depot.";
        Statement nested = said(
                text,
                "Investigative Committee",
                SourceKind.ORGANIZATION,
                "it found no explosives despite Znak.com claiming a source described a depot",
                StatementKind.INDIRECT,
                "says",
                null,
                null);

        assertThat(about(generate(text, nested), nested)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void anObjectWithAPhraseAfterWarnedIsNotShownAsAClaim() {
        String text = SOUND + " The United States warned Russia about the consequences of any intervention.";
        Statement warned = said(
                text,
                "United States",
                SourceKind.ORGANIZATION,
                "Russia about the consequences of any intervention",
                StatementKind.INDIRECT,
                "warned",
                null,
                null);

        assertThat(generate(text, warned))
                .noneMatch(q -> q.stem().contains("Russia about"))
                .flatExtracting(Question::choices)
                .noneMatch(choice -> choice.startsWith("Russia about"));
    }

    @Test
    void anInfinitiveIsNotShownAsAClaim() {
        assertThat(Clauses.isClause("to waive her diplomatic immunity", "asking"))
                .isFalse();
        assertThat(Clauses.isClause("Russia not to attack Ukraine during the talks", "advised"))
                .isFalse();
        assertThat(Clauses.isClause("Moscow of inflaming tensions further", "accused"))
                .isFalse();
    }

    @Test
    void aReportedClauseIsShownAsAClaim() {
        assertThat(Clauses.isClause("A total of 39 are confirmed dead", "told")).isTrue();
        assertThat(Clauses.isClause("the immunity be waived", "urged")).isTrue();
        assertThat(Clauses.isClause("Russia supports negotiations within three platforms", "said"))
                .isTrue();
    }

    @Test
    void aSourceNamedInTheStatementsOwnSentenceIsNeverAWrongAnswer() {
        String text = SOUND
                + " Lena Fischer said the design was sound. Tom Becker met the engineers, and Paul Grant said the steel had arrived late.";
        Statement fischer = said(
                text,
                "Lena Fischer",
                SourceKind.PERSON,
                "the design was sound",
                StatementKind.INDIRECT,
                "said",
                null,
                null);
        Statement grant = said(
                text,
                "Paul Grant",
                SourceKind.PERSON,
                "the steel had arrived late",
                StatementKind.INDIRECT,
                "said",
                null,
                null);
        List<Statement> statements = new ArrayList<>(sound(text));
        statements.add(fischer);
        statements.add(grant);

        List<Question> questions = about(
                new QuestionGenerator(1)
                        .generate(
                                ArticleText.fromEditedText(text),
                                PUBLISHED,
                                new ExtractionResult(statements, List.of()),
                                List.of()),
                grant);

        assertThat(questions)
                .filteredOn(TrustworthyKeysTest::asksWho)
                .isNotEmpty()
                .allMatch(q -> !q.choices().contains("Tom Becker"));
    }

    @Test
    void aGovernmentNamedAfterItsLeaderNeverStandsBesideACountry() {
        assertThat(Aliases.maySame("Biden government", "United States")).isTrue();
        assertThat(Aliases.maySame("the Trudeau administration", "Canada")).isTrue();
        assertThat(Aliases.maySame("Russian government", "United States")).isFalse();
    }

    @Test
    void thePoliceAreNotKeyedAsAnUnnamedSource() {
        String text = SOUND + " The police said the suspect had been arrested near the station.";
        Statement police = said(
                text,
                "police",
                SourceKind.ANONYMOUS,
                "the suspect had been arrested near the station",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, police), police)).noneMatch(q -> q.type() == QuestionType.SOURCE_KIND);
    }

    @Test
    void aDefiniteRoleIsNotKeyedAsAnUnnamedSource() {
        String text = SOUND + " The prime minister said the vaccination rate had reached 92 percent.";
        Statement minister = said(
                text,
                "prime minister",
                SourceKind.ANONYMOUS,
                "the vaccination rate had reached 92 percent",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, minister), minister)).noneMatch(q -> q.type() == QuestionType.SOURCE_KIND);
    }

    @Test
    void unnamedOfficialsAreKeyedAsAnUnnamedSource() {
        String text = SOUND + " Local officials said three people had died in the fire.";
        Statement officials = said(
                text,
                "Local officials",
                SourceKind.ANONYMOUS,
                "three people had died in the fire",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        Question kind = about(generate(text, officials), officials).stream()
                .filter(q -> q.type() == QuestionType.SOURCE_KIND)
                .findFirst()
                .orElseThrow();

        assertThat(key(kind)).isEqualTo("An unnamed source");
    }

    @Test
    void unnamedAuthoritiesAreNotKeyedAsAnOrganisation() {
        String text = SOUND + " US authorities claimed the site was the largest of its kind in the world.";
        Statement authorities = said(
                text,
                "US authorities",
                SourceKind.ORGANIZATION,
                "the site was the largest of its kind in the world",
                StatementKind.INDIRECT,
                "claimed",
                null,
                null);

        assertThat(about(generate(text, authorities), authorities))
                .noneMatch(q -> q.type() == QuestionType.SOURCE_KIND);
    }

    @Test
    void aStatementTheEngineDoesNotVouchForGivesNoWhoWhenOrKindQuestion() {
        String text = SOUND + " Paul Grant said on Tuesday that the steel had arrived late.";
        Statement grant = said(
                text,
                "Paul Grant",
                SourceKind.PERSON,
                "the steel had arrived late",
                StatementKind.INDIRECT,
                "said",
                null,
                LocalDate.of(2021, 6, 15));
        QuestionGenerator unsure = new QuestionGenerator(1, statement -> !statement.equals(grant));

        assertThat(about(generate(text, grant, unsure), grant))
                .extracting(Question::type)
                .doesNotContain(
                        QuestionType.ACCORDING_TO,
                        QuestionType.WHEN_SAID,
                        QuestionType.SOURCE_KIND,
                        QuestionType.WHAT_SAID);
    }

    @Test
    void aSpeakerTheGeneratorCannotVouchForIsNotNamedInTheQuoteOrParaphraseStem() {
        String text = SOUND + " One senator, Eduardo Bhatia, said he intended to sue over the controversy.";
        Statement senator = said(
                text,
                "One senator",
                SourceKind.PERSON,
                "he intended to sue over the controversy",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        Question quote = about(generate(text, senator), senator).stream()
                .filter(q -> q.type() == QuestionType.QUOTE_OR_PARAPHRASE)
                .findFirst()
                .orElseThrow();

        assertThat(quote.stem())
                .startsWith("Does the article quote these words exactly")
                .doesNotContain("senator");
    }

    @Test
    void aDayNamedOnlyInTheReportedWordsIsNotADateKey() {
        String text =
                SOUND + " The Senate was set to meet on Wednesday, but the Senate announced it would meet on Monday.";
        Statement senate = said(
                text,
                "Senate",
                SourceKind.ORGANIZATION,
                "it would meet on Monday",
                StatementKind.INDIRECT,
                "announced",
                null,
                LocalDate.of(2021, 6, 16));

        assertThat(about(generate(text, senate), senate)).noneMatch(q -> q.type() == QuestionType.WHEN_SAID);
    }

    @Test
    void aDateThatCountingBackFromPublicationDoesNotGiveIsNotADateKey() {
        String text = SOUND + " The Debate Commission announced on Friday that the second debate had been cancelled.";
        Statement commission = said(
                text,
                "Debate Commission",
                SourceKind.ORGANIZATION,
                "the second debate had been cancelled",
                StatementKind.INDIRECT,
                "announced",
                null,
                LocalDate.of(2021, 6, 4)); // two Fridays back

        assertThat(about(generate(text, commission), commission)).noneMatch(q -> q.type() == QuestionType.WHEN_SAID);
    }

    @Test
    void aDateTheReportingClauseGivesIsADateKey() {
        String text = SOUND + " The Debate Commission announced on Friday that the second debate had been cancelled.";
        Statement commission = said(
                text,
                "Debate Commission",
                SourceKind.ORGANIZATION,
                "the second debate had been cancelled",
                StatementKind.INDIRECT,
                "announced",
                null,
                LocalDate.of(2021, 6, 11));

        Question when = about(generate(text, commission), commission).stream()
                .filter(q -> q.type() == QuestionType.WHEN_SAID)
                .findFirst()
                .orElseThrow();

        assertThat(key(when)).isEqualTo("Friday 11 June 2021");
    }

    @Test
    void aPhotoCreditIsNotAnAnswerKey() {
        String text = SOUND + " Photo: Ryan Remiorz said the crowd was calm all day.";
        Statement credit = said(
                text,
                "Ryan Remiorz",
                SourceKind.PERSON,
                "the crowd was calm all day",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, credit), credit)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aNameInACreditLineIsNotAnAnswerKey() {
        String text = SOUND + " The crowd was calm all day, (Ryan Remiorz/The Canadian Press) said.";
        Statement credit = said(
                text,
                "Ryan Remiorz",
                SourceKind.PERSON,
                "The crowd was calm all day",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, credit), credit)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void anOutletThatCarriesTheWordsIsNotAnAnswerKey() {
        String text = SOUND + " The minister said, as reported by CNBC, that the plant would close.";
        Statement outlet = said(
                text,
                "CNBC",
                SourceKind.PUBLICATION,
                "the plant would close",
                StatementKind.INDIRECT,
                "reported",
                null,
                null);

        assertThat(about(generate(text, outlet), outlet)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aSpeakerATeacherCorrectedIsAnAnswerKeyWhateverTheSentenceSays() {
        String text = SOUND + " One senator, Eduardo Bhatia, said he intended to sue over the controversy.";
        Statement engine = said(
                text,
                "One senator",
                SourceKind.PERSON,
                "he intended to sue over the controversy",
                StatementKind.INDIRECT,
                "said",
                null,
                null);
        Statement corrected = new Statement(
                new Speaker("Carlos Mendez", null, SourceKind.PERSON),
                engine.content(),
                engine.kind(),
                null,
                engine.contentSpan(),
                engine.evidence(),
                engine.cue());

        Question who = about(generate(text, corrected), corrected).stream()
                .filter(TrustworthyKeysTest::asksWho)
                .findFirst()
                .orElseThrow();

        assertThat(key(who)).isEqualTo("Carlos Mendez");
    }

    @Test
    void aLowerCaseDescriptionIsNotAWhoKeyWhateverKindTheEngineGaveIt() {
        String text = SOUND + " Officers arrived within minutes, police said on Sunday.";
        Statement police = said(
                text,
                "police",
                SourceKind.ORGANIZATION,
                "Officers arrived within minutes",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, police), police)).noneMatch(TrustworthyKeysTest::asksWho);
    }

    @Test
    void aGenericPluralIsNotKeyedAsAnOrganisation() {
        String text = SOUND + " Aid agencies said the island did not have enough vaccine for everyone.";
        Statement agencies = said(
                text,
                "Aid agencies",
                SourceKind.ORGANIZATION,
                "the island did not have enough vaccine for everyone",
                StatementKind.INDIRECT,
                "said",
                null,
                null);

        assertThat(about(generate(text, agencies), agencies)).noneMatch(q -> q.type() == QuestionType.SOURCE_KIND);
    }
}
