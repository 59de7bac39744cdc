package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementExtractor;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.eval.SeedGold;

/** The question banks of the five seeds, generated from the real engine and checked against the gold annotations. */
@Tier.Models
class SeedQuestionsIT {

    private record Bank(SeedGold.Article gold, ArticleText text, List<Question> questions) {}

    private static final List<Bank> BANKS = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        List<SeedGold.Article> articles = SeedGold.articles();
        List<ArticleText> texts = new ArrayList<>();
        List<ExtractionResult> results = new ArrayList<>();
        for (SeedGold.Article article : articles) {
            ArticleText text =
                    ArticleText.fromWebCopy(Files.readString(Path.of("seeds", article.file())), article.title());
            texts.add(text);
            results.add(extractor.extract(text, article.published()));
        }
        QuestionGenerator generator = new QuestionGenerator(7);
        for (int i = 0; i < articles.size(); i++) {
            ExtractionResult own = results.get(i);
            List<ExtractionResult> library =
                    results.stream().filter(result -> result != own).toList();
            BANKS.add(new Bank(
                    articles.get(i),
                    texts.get(i),
                    generator.generate(texts.get(i), articles.get(i).published(), own, library)));
        }
    }

    @Test
    void everySeedGetsTenQuestionsOfAtLeastFiveFamilies() {
        for (Bank bank : BANKS) {
            assertThat(bank.questions()).as(bank.gold().file()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(bank.questions().stream().map(q -> q.type().family()).collect(Collectors.toSet()))
                    .as(bank.gold().file())
                    .hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyAnswerKeyAgreesWithTheGold() {
        int checked = 0;
        for (Bank bank : BANKS) {
            for (Question question : bank.questions()) {
                JsonNode gold = goldFor(bank, question);
                if (gold == null || gold.path("optional").asBoolean()) {
                    continue;
                }
                String where = bank.gold().file() + ": " + question.stem();
                switch (question.type()) {
                    case WHO_SAID, ACCORDING_TO -> {
                        assertThat(SeedGold.speakerRight(
                                        question.choices().get(question.answer().getFirst()), gold))
                                .as(where)
                                .isTrue();
                        checked++;
                    }
                    case WHAT_SAID -> {
                        assertThat(SeedGold.speakerRight(
                                        question.statement().speaker().name(), gold))
                                .as(where)
                                .isTrue();
                        checked++;
                    }
                    case WHEN_SAID -> {
                        assertThat(LocalDate.parse(
                                        question.choices().get(question.answer().getFirst()), QuestionGenerator.DAY))
                                .as(where)
                                .hasToString(gold.path("said_on").asText());
                        checked++;
                    }
                    case QUOTE_OR_PARAPHRASE -> {
                        if (!gold.path("kind").asText().equals("mixed")) {
                            assertThat(question.answer().getFirst())
                                    .as(where)
                                    .isEqualTo(gold.path("kind").asText().equals("direct") ? 0 : 1);
                            checked++;
                        }
                    }
                    default -> {}
                }
            }
        }
        assertThat(checked).as("answer keys compared with the gold").isGreaterThan(50);
    }

    @Test
    void noWrongChoiceIsTheRightSpeakerOrAnAliasOfItAndNoSpeakerIsAskedWhereTheGoldFindsItUnclear() {
        for (Bank bank : BANKS) {
            for (Question question : bank.questions()) {
                if (question.type() != QuestionType.WHO_SAID && question.type() != QuestionType.ACCORDING_TO) {
                    continue;
                }
                JsonNode gold = goldFor(bank, question);
                assertThat(gold != null && gold.path("ambiguous").asBoolean())
                        .as("asks who said what the gold marks as unclear: " + question.stem())
                        .isFalse();
                for (int i = 0; i < question.choices().size(); i++) {
                    if (i != question.answer().getFirst() && gold != null) {
                        assertThat(SeedGold.speakerRight(question.choices().get(i), gold))
                                .as(bank.gold().file() + ": " + question.stem() + " " + question.choices() + " gold "
                                        + gold.path("speaker").asText())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyEvidenceHoldsTheStatementItAsksAbout() {
        for (Bank bank : BANKS) {
            for (Question question : bank.questions()) {
                Statement statement = question.statement();
                if (statement == null) {
                    continue;
                }
                Span content = statement.contentSpan();
                assertThat(question.evidence())
                        .as(question.stem())
                        .anyMatch(span -> span.start() <= content.start() && content.end() <= span.end());
                String evidence = question.evidence().stream()
                        .map(span -> bank.text().text().substring(span.start(), span.end()))
                        .collect(Collectors.joining(" "));
                assertThat(Wording.words(evidence)).as(question.stem()).containsAll(Wording.words(statement.content()));
            }
        }
    }

    @Test
    void everyDateAnswerIsTheGoldDate() {
        for (Bank bank : BANKS) {
            for (Question question : bank.questions()) {
                JsonNode gold = goldFor(bank, question);
                if (question.type() == QuestionType.WHEN_SAID && gold != null) {
                    assertThat(gold.path("said_on").isNull())
                            .as("a dated question on an undated gold statement: " + question.stem())
                            .isFalse();
                }
            }
        }
    }

    /** The gold statement the question's statement matches, as the scorer matches statements. */
    private static JsonNode goldFor(Bank bank, Question question) {
        if (question.statement() == null) {
            return null;
        }
        List<String> contents = List.of(question.statement().content());
        Map<Integer, Integer> matched = SeedGold.match(contents, bank.gold().statements());
        return matched.containsKey(0) ? bank.gold().statements().get(matched.get(0)) : null;
    }
}
