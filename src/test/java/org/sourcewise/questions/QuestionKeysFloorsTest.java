package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.StatementExtractor;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.evaluation.Corpus;
import org.sourcewise.evaluation.Scorer;

/**
 * The answer keys of the questions generated on the gold sets (engine on recorded parses, no models), checked the
 * way {@code check_questions.py} checks them: a who-key must be the gold speaker or an alias, no wrong answer may
 * also be right, no key is a bare pronoun, a date key is a day the gold accepts, "unnamed source" is keyed
 * exactly when the gold marks the source anonymous. Held at the targets, and at floors on how many keys
 * are checked, so that a generator that stops asking cannot pass.
 */
@Tier.Fast
class QuestionKeysFloorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their");

    record Figures(
            int articles,
            int questions,
            int whoChecked,
            int whoWrong,
            int rightDistractors,
            int pronounKeys,
            int datesChecked,
            int datesWrong,
            int kindsChecked,
            int kindsWrong) {}

    @Test
    void theDevSetsKeysMeetTheTargets() throws IOException {
        Figures dev = figures(Corpus.WIKINEWS_DEV);

        assertThat(dev.whoChecked()).as("who-keys checked").isGreaterThanOrEqualTo(150);
        assertThat((double) dev.whoWrong() / dev.whoChecked())
                .as("wrong who-keys")
                .isLessThanOrEqualTo(0.01);
        assertThat((double) dev.rightDistractors() / dev.whoChecked())
                .as("second right answers")
                .isLessThanOrEqualTo(0.01);
        assertThat(dev.pronounKeys()).as("pronoun keys").isZero();
        assertThat(dev.datesChecked()).as("date keys checked").isGreaterThanOrEqualTo(8);
        assertThat(dev.datesWrong()).as("wrong date keys").isZero();
        assertThat(dev.kindsChecked()).as("named/unnamed keys checked").isGreaterThanOrEqualTo(50);
        assertThat((double) dev.kindsWrong() / dev.kindsChecked())
                .as("wrong named/unnamed keys")
                .isLessThanOrEqualTo(0.03);
        assertThat((double) dev.questions() / dev.articles())
                .as("questions per article")
                .isGreaterThanOrEqualTo(13.0);
    }

    @Test
    void theSeedsKeysMeetTheTargets() throws IOException {
        Figures seeds = figures(Corpus.SEEDS);

        assertThat(seeds.whoChecked()).as("who-keys checked").isGreaterThanOrEqualTo(40);
        assertThat(seeds.whoWrong()).as("wrong who-keys").isZero();
        assertThat(seeds.rightDistractors()).as("second right answers").isZero();
        assertThat(seeds.pronounKeys()).as("pronoun keys").isZero();
        assertThat(seeds.datesChecked()).as("date keys checked").isGreaterThanOrEqualTo(8);
        assertThat(seeds.datesWrong()).as("wrong date keys").isZero();
        assertThat(seeds.kindsChecked()).as("named/unnamed keys checked").isGreaterThanOrEqualTo(15);
        // two keys the seeds' gold reads differently: "Officials from the United States" unmarked, while the same
        // gold marks "Russian officials" anonymous; the generator keys both alike ("unnamed")
        assertThat(seeds.kindsWrong()).as("wrong named/unnamed keys").isLessThanOrEqualTo(2);
        assertThat((double) seeds.questions() / seeds.articles())
                .as("questions per article")
                .isGreaterThanOrEqualTo(20.0);
    }

    static Figures figures(Corpus corpus) throws IOException {
        JsonNode gold = corpus.goldRoot();
        JsonNode meta = JSON.readTree(corpus.metadata().toFile());
        StatementExtractor extractor = StatementExtractor.withRecordedParses(Corpus.PARSES);
        record Analysed(String file, ArticleText text, LocalDate published, ExtractionResult result) {}
        List<Analysed> analysed = new ArrayList<>();
        for (JsonNode entry : meta.path("articles")) {
            String file = entry.path("file").asText();
            if (!Files.exists(corpus.articles().resolve(file))) {
                continue;
            }
            ArticleText text = ArticleText.fromWebCopy(
                    Files.readString(corpus.articles().resolve(file)),
                    entry.path("title").asText(null));
            LocalDate published = LocalDate.parse(entry.path("published").asText());
            analysed.add(new Analysed(file, text, published, extractor.extract(text, published)));
        }
        boolean marksAnonymous = false;
        for (JsonNode article : gold.path("articles")) {
            for (JsonNode attribution : article.path("attributions")) {
                marksAnonymous |= attribution.path("anonymous").asBoolean(false);
            }
        }
        QuestionGenerator generator = new QuestionGenerator(1);
        int questions = 0, whoChecked = 0, whoWrong = 0, rightDistractors = 0, pronounKeys = 0;
        int datesChecked = 0, datesWrong = 0, kindsChecked = 0, kindsWrong = 0;
        for (Analysed article : analysed) {
            List<ExtractionResult> library = analysed.stream()
                    .filter(other -> other != article)
                    .map(Analysed::result)
                    .toList();
            List<Question> bank = generator.generate(article.text(), article.published(), article.result(), library);
            questions += bank.size();
            JsonNode goldArticle = null;
            for (JsonNode candidate : gold.path("articles")) {
                if (candidate.path("file").asText().equals(article.file())) {
                    goldArticle = candidate;
                }
            }
            for (Question question : bank) {
                boolean who = question.type() == QuestionType.WHO_SAID || question.type() == QuestionType.ACCORDING_TO;
                String key = question.type() == QuestionType.TIME_ORDER
                        ? null
                        : question.choices().get(question.answer().getFirst());
                if (who && PRONOUNS.contains(key.strip().toLowerCase(Locale.ROOT))) {
                    pronounKeys++;
                }
                if (goldArticle == null || question.statement() == null || key == null) {
                    continue;
                }
                JsonNode best = null;
                double bestF1 = 0;
                for (JsonNode attribution : goldArticle.path("attributions")) {
                    double f1 = Scorer.tokenF1(
                            question.statement().content(),
                            attribution.path("content").asText());
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = attribution;
                    }
                }
                if (best == null || bestF1 < 0.5 || best.path("optional").asBoolean(false)) {
                    continue;
                }
                if (question.type() == QuestionType.WHEN_SAID) {
                    datesChecked++;
                    if (!dateAccepted(key, best)) {
                        datesWrong++;
                    }
                } else if (question.type() == QuestionType.SOURCE_KIND) {
                    if (marksAnonymous) {
                        kindsChecked++;
                        if (key.toLowerCase(Locale.ROOT).contains("unnamed")
                                != best.path("anonymous").asBoolean(false)) {
                            kindsWrong++;
                        }
                    }
                } else if (who && !best.path("ambiguous").asBoolean(false)) {
                    whoChecked++;
                    if (!Scorer.speakerOk(key, best)) {
                        whoWrong++;
                    }
                    for (String choice : question.choices()) {
                        if (!choice.equals(key) && Scorer.speakerOk(choice, best)) {
                            rightDistractors++;
                        }
                    }
                }
            }
        }
        return new Figures(
                analysed.size(),
                questions,
                whoChecked,
                whoWrong,
                rightDistractors,
                pronounKeys,
                datesChecked,
                datesWrong,
                kindsChecked,
                kindsWrong);
    }

    /** "Wednesday 22 December 2021" against the gold's said_on (and said_on_also), else its said_on_ok. */
    private static boolean dateAccepted(String label, JsonNode gold) {
        List<String> accepted = new ArrayList<>();
        if (!gold.path("said_on").isNull() && gold.has("said_on")) {
            accepted.add(gold.path("said_on").asText());
            gold.path("said_on_also").forEach(date -> accepted.add(date.asText()));
        } else {
            gold.path("said_on_ok").forEach(date -> accepted.add(date.asText()));
        }
        String lower = label.toLowerCase(Locale.ROOT);
        for (String iso : accepted) {
            LocalDate date;
            try {
                date = LocalDate.parse(iso);
            } catch (RuntimeException e) {
                continue;
            }
            String month = date.getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT);
            if (lower.contains(Integer.toString(date.getYear()))
                    && lower.contains(month)
                    && Pattern.compile("\\b" + date.getDayOfMonth() + "\\b")
                            .matcher(lower)
                            .find()) {
                return true;
            }
        }
        return false;
    }
}
