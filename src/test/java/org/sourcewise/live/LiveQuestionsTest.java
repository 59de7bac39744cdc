package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** The explanation shown under the evidence on the projector: the article's words once, what it adds kept. */
@Tier.Fast
class LiveQuestionsTest {

    private static final String EVIDENCE = "“We will not cut pensions,” Philpott said on Tuesday.";

    @Test
    void aQuotationOfTheEvidenceWithItsOwnMarksIsLeftOutWithItsBareIntroduction() {
        assertThat(LiveQuestions.beside(
                        "The article says: ““We will not cut pensions,” Philpott said on Tuesday.”", EVIDENCE))
                .isEmpty();
    }

    @Test
    void whatTheExplanationAddsStays() {
        assertThat(LiveQuestions.beside(
                        "The article says: ““We will not cut pensions,” Philpott said on Tuesday.” The article was"
                                + " published on 23 March 2016, so counting back from it, this was 22 March 2016.",
                        EVIDENCE))
                .isEqualTo("The article was published on 23 March 2016, so counting back from it, this was 22 March"
                        + " 2016.");
        assertThat(LiveQuestions.beside(
                        "The words stand in quotation marks in the article: ““We will not cut pensions,” Philpott"
                                + " said on Tuesday.”",
                        EVIDENCE))
                .isEqualTo("The words stand in quotation marks in the article.");
        assertThat(LiveQuestions.beside(
                        "The article reports this without quotation marks, after “said”: “We will not cut …”",
                        EVIDENCE))
                .isEqualTo("The article reports this without quotation marks, after “said”.");
    }

    @Test
    void aQuotationOfOtherWordsAndAnExplanationWithoutEvidenceAreKept() {
        String other = "The article says: “Morneau spoke next.” The speaker is Philpott.";
        assertThat(LiveQuestions.beside(other, EVIDENCE)).isEqualTo(other);
        assertThat(LiveQuestions.beside("The article says: “We will not cut pensions.”", ""))
                .isEqualTo("The article says: “We will not cut pensions.”");
    }
}
