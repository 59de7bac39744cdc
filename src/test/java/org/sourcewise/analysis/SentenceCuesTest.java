package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class SentenceCuesTest {

    /** Words as the tagger leaves them: "Name/PERSON" marks a person, "said/say" gives a lemma. */
    private static List<CoreLabel> words(String sentence) {
        List<CoreLabel> labels = new ArrayList<>();
        for (String spec : sentence.split(" ")) {
            String[] parts = spec.split("/");
            CoreLabel label = new CoreLabel();
            label.setWord(parts[0]);
            label.setOriginalText(parts[0]);
            label.setLemma(parts.length > 1 && !parts[1].equals("PERSON") ? parts[1] : parts[0].toLowerCase());
            label.setNER(parts.length > 1 && parts[1].equals("PERSON") ? "PERSON" : "O");
            labels.add(label);
        }
        return labels;
    }

    /** The same words as tokens of a sentence with no tree yet, as {@link SentenceCues#needsStructure} reads them. */
    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : words(sentence)) {
            tokens.add(
                    new Token(tokens.size(), label.word(), label.lemma(), "NN", label.ner(), 0, 0, -1, "root", null));
        }
        return tokens;
    }

    @Test
    void aWeekdayOpensAWindowAroundIt() {
        List<int[]> windows = SentenceCues.dateWindows(words(
                "The talks , which began in a hotel , ended on Thursday after nine long hours of work in the end ."));

        assertThat(windows).hasSize(1);
        assertThat(windows.getFirst()).containsExactly(5, 18);
    }

    @Test
    void nearbyDateWordsShareOneWindow() {
        assertThat(SentenceCues.dateWindows(words("On Thursday , December 9 , 2021 , the talks ended")))
                .hasSize(1);
    }

    @Test
    void aCountOrAModalVerbIsNoDate() {
        assertThat(SentenceCues.dateWindows(words("Russia may send 175,000 soldiers across the border")))
                .isEmpty();
    }

    @Test
    void aYearAndADayOfTheMonthAreDates() {
        assertThat(SentenceCues.dateWindows(words("The treaty of 1997 still holds")))
                .hasSize(1);
        assertThat(SentenceCues.dateWindows(words("The call is set for the 7th")))
                .hasSize(1);
        assertThat(SentenceCues.dateWindows(words("It ended in May"))).hasSize(1);
    }

    @Test
    void aSentenceWithAReportingVerbNeedsItsGrammar() {
        assertThat(SentenceCues.needsStructure(
                        tokens("Officials/PERSON warned/warn the talks would fail"), List.of(), false))
                .isTrue();
    }

    @Test
    void aSentenceWithAQuotationMarkNeedsItsGrammar() {
        assertThat(SentenceCues.needsStructure(tokens("“ We are ready . ”"), List.of(), false))
                .isTrue();
    }

    @Test
    void aPersonIntroducedWithARoleNeedsTheGrammarThatTiesTheRole() {
        assertThat(SentenceCues.needsStructure(
                        tokens("Dmitry/PERSON Peskov/PERSON , the Kremlin spokesman , arrived"), List.of(), false))
                .isTrue();
    }

    @Test
    void aPersonAPronounMayStandForInTheNextSentenceNeedsItsGrammar() {
        List<Token> sentence = tokens("Trudeau/PERSON toured the plant");

        assertThat(SentenceCues.needsStructure(sentence, tokens("He praised the workers"), false))
                .isTrue();
        assertThat(SentenceCues.needsStructure(sentence, tokens("The plant employs 300"), false))
                .isFalse();
    }

    @Test
    void aSentenceThatNeitherReportsNorIntroducesAnyoneIsLeftUnparsed() {
        assertThat(SentenceCues.needsStructure(
                        tokens("The plant employs 300 workers ."), tokens("It opened in 1990 ."), true))
                .isFalse();
    }
}
