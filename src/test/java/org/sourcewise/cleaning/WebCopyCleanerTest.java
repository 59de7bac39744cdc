package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** The whole cleaning pipeline on small web copies written for each kind of clutter. */
@Tier.Fast
class WebCopyCleanerTest {

    private static String clean(String raw) {
        return WebCopyCleaner.clean(raw, "Council approves new budget");
    }

    @Test
    void joinsParagraphsWithOneBlankLine() {
        assertThat(clean("First paragraph.\n\n\n\nSecond paragraph.\nThird paragraph."))
                .isEqualTo("First paragraph.\n\nSecond paragraph.\n\nThird paragraph.");
    }

    @Test
    void dropsNavigationAndTheRepeatedHeadlineAtTheTop() {
        String raw = "Skip to content\nLocal News\nCouncil approves new budget | City Herald\n"
                + "The council voted 7-2 on Tuesday.";

        assertThat(clean(raw)).isEqualTo("The council voted 7-2 on Tuesday.");
    }

    @Test
    void keepsALineThatMatchesTheTitleFarDownTheArticle() {
        String raw = "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nCouncil approves new budget";

        assertThat(clean(raw)).endsWith("Council approves new budget");
    }

    @Test
    void dropsPhotoCaptionsBetweenParagraphs() {
        String raw = "The mayor spoke first.\n"
                + "Mayor Jane Roe speaks at city hall in Ottawa, Canada March 3, 2019. REUTERS/Chris Wattie\n"
                + "The picture shows the council chamber.\n"
                + "Councillors then voted.";

        assertThat(clean(raw)).isEqualTo("The mayor spoke first.\n\nCouncillors then voted.");
    }

    @Test
    void dropsCommentPromptAndTeasersAfterTheArticle() {
        String raw = "The council voted 7-2 on Tuesday.\nClick to comment\nLeave a Reply\n"
                + "Your email address will not be published.\n"
                + "Toronto, Sept 28- Police arrested two men after a chase through...\n"
                + "You May Also Like\nThe new arena will open in the spring, officials said. The...";

        assertThat(clean(raw)).isEqualTo("The council voted 7-2 on Tuesday.");
    }

    @Test
    void keepsRealParagraphsThatFollowACaption() {
        String raw = "Opening paragraph.\nA crowd gathers outside. AP Photo/John Smith\n"
                + "\u201cWe will keep going,\u201d she said.";

        assertThat(clean(raw)).isEqualTo("Opening paragraph.\n\n\u201cWe will keep going,\u201d she said.");
    }

    @Test
    void emptyOrBlankCopyGivesEmptyText() {
        assertThat(clean("")).isEmpty();
        assertThat(clean(" \n\t\r\n \u00A0 ")).isEmpty();
    }

    @Test
    void markupInTheCopyStaysPlainText() {
        assertThat(clean("<script>alert('x')</script> is what the page said."))
                .isEqualTo("<script>alert('x')</script> is what the page said.");
    }

    @Test
    void recognisesFurnitureWhateverItsFinalPunctuation() {
        assertThat(clean("The vote passed.\nRelated:\nOttawa, Jan 3- A fire broke out...\nLEAVE A REPLY."))
                .isEqualTo("The vote passed.");
    }

    @Test
    void survivesPathologicalRunsOfCreditsAndBrackets() {
        String hostile = "REUTERS/".repeat(50_000) + "\n" + "(".repeat(500_000) + "\n" + "Photo: ".repeat(50_000);

        assertThat(clean(hostile)).isNotNull();
    }

    @Test
    void cleansSeveralMegabytesInLinearTime() {
        String paragraph = "Officials said the bridge would reopen in June, after repairs costing $4 million.\n";
        String huge = paragraph.repeat(60_000);

        String cleaned = clean(huge);

        assertThat(cleaned.length()).isGreaterThan(4_000_000);
    }
}
