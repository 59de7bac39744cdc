package org.sourcewise.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.Span;

@Tier.Fast
class SelectedWordsTest {

    private static final String TEXT =
            "First sentence here. The minister said \u201cno more delays\u201d on Monday. Third one."
                    + "\n\nA new paragraph starts. It goes on.";

    private static Span around(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void aSelectionAcrossAParagraphBreakIsTrimmedAndReadAsOneLine() {
        Span words = SelectedWords.trim(TEXT, new Span(TEXT.indexOf("Third"), TEXT.indexOf(" starts")), false);

        assertThat(SelectedWords.content(TEXT, words)).isEqualTo("Third one. A new paragraph");
    }

    @Test
    void theEvidenceIsTheWholeSentenceAroundTheWords() {
        Span evidence = SelectedWords.evidence(TEXT, around("no more delays"));

        assertThat(TEXT.substring(evidence.start(), evidence.end()))
                .isEqualTo("The minister said \u201cno more delays\u201d on Monday.");
    }

    @Test
    void theEvidenceOfWordsOverTwoParagraphsCoversBothSentences() {
        Span evidence = SelectedWords.evidence(TEXT, new Span(TEXT.indexOf("one."), TEXT.indexOf(" starts")));

        assertThat(TEXT.substring(evidence.start(), evidence.end())).isEqualTo("Third one.\n\nA new paragraph starts.");
    }

    @Test
    void aQuoteLosesItsMarksButReportedWordsKeepThem() {
        Span selected = new Span(TEXT.indexOf('\u201c') - 1, TEXT.indexOf('\u201d') + 1);

        assertThat(SelectedWords.trim(TEXT, selected, true)).isEqualTo(around("no more delays"));
        assertThat(SelectedWords.content(TEXT, SelectedWords.trim(TEXT, selected, false)))
                .isEqualTo("\u201cno more delays\u201d");
    }

    @Test
    void refusesAnAbsurdlyLongSelection() {
        String text = "word ".repeat(1000);

        assertThatThrownBy(() -> SelectedWords.trim(text, new Span(0, text.length()), false))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("at most 3,000 characters");
    }
}
