package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class QuoteSpansTest {

    private static List<String> quotes(String text) {
        return QuoteSpans.find(text).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void findsCurlyAndStraightQuotations() {
        assertThat(quotes("\u201cWe will rebuild,\u201d she said. He added: \"Not this year.\""))
                .containsExactly("We will rebuild,", "Not this year.");
    }

    @Test
    void copesWithAnOpeningMarkUsedToClose() {
        assertThat(quotes("\u201cThe aid matters, \u201che said, referring to the talks."))
                .containsExactly("The aid matters,");
    }

    @Test
    void aQuoteLeftOpenRunsToTheEndOfItsParagraph() {
        assertThat(quotes("\u201cFirst part of the quote.\n\nNext paragraph \u201cshort\u201d."))
                .containsExactly("First part of the quote.", "short");
    }

    @Test
    void apostrophesAndSingleMarksAreNotQuotations() {
        assertThat(quotes("Russia\u2019s \u2018SNOW LINES\u2019 and don't")).isEmpty();
    }

    @Test
    void countsWordsInsideAQuote() {
        String text = "\u201cOne two three four five.\u201d";
        assertThat(QuoteSpans.words(text, QuoteSpans.find(text).getFirst())).isEqualTo(5);
    }

    @Test
    void aQuotationOfSeveralSentencesIsOneSpan() {
        assertThat(quotes("He said, \u201cWe will rebuild. It will take two years.\u201d Then he left."))
                .containsExactly("We will rebuild. It will take two years.");
    }
}
