package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** {@link SentenceRepair} on sentences as the splitter leaves them, built by hand: no model is loaded. */
@Tier.Fast
class SentenceRepairTest {

    /** Splits {@code text} into words at white space and into sentences after each word in {@code ends}. */
    private static List<CoreMap> split(String text, String... ends) {
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> words = new ArrayList<>();
        int offset = 0;
        for (String word : text.split("\\s+")) {
            int start = text.indexOf(word, offset);
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setOriginalText(word);
            label.setBeginPosition(start);
            label.setEndPosition(start + word.length());
            words.add(label);
            offset = start + word.length();
            if (List.of(ends).contains(word)) {
                sentences.add(sentence(text, words));
                words = new ArrayList<>();
            }
        }
        if (!words.isEmpty()) {
            sentences.add(sentence(text, words));
        }
        return sentences;
    }

    private static CoreMap sentence(String text, List<CoreLabel> words) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, words);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, words.size());
        sentence.set(
                CoreAnnotations.TextAnnotation.class,
                text.substring(words.getFirst().beginPosition(), words.getLast().endPosition()));
        return sentence;
    }

    @Test
    void aSentenceBrokenAfterAnInitialismIsJoinedToTheNext() {
        String text = "The talks were led by U.S. Under Secretary Victoria Nuland .";

        List<CoreMap> repaired = SentenceRepair.repair(text, split(text, "U.S."));

        assertThat(repaired).hasSize(1);
        assertThat(repaired.getFirst().get(CoreAnnotations.TokensAnnotation.class))
                .hasSize(11);
    }

    @Test
    void aSentenceBrokenAfterATitleIsJoinedToTheNext() {
        String text = "The letter was signed by Dr. Alan Brooks .";

        assertThat(SentenceRepair.repair(text, split(text, "Dr."))).hasSize(1);
    }

    @Test
    void aParagraphBreakAfterAnAbbreviationIsARealEnd() {
        String text = "The money went to the U.S.\n\nOfficials said nothing .";

        assertThat(SentenceRepair.repair(text, split(text, "U.S."))).hasSize(2);
    }

    @Test
    void anOrdinarySentenceEndIsKept() {
        String text = "Talks ended . Officials left .";

        assertThat(SentenceRepair.repair(text, split(text, "."))).hasSize(2);
    }
}
