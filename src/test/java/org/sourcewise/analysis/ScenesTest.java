package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class ScenesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);
    private static final LocalDate MONDAY = LocalDate.of(2021, 12, 6);

    private static LocalDate lastSaidOn(String text) {
        return Fixtures.extract(text, WEDNESDAY).statements().getLast().saidOn();
    }

    @Test
    void aPersonsDatedActDatesWhatTheySaySoonAfter() {
        assertThat(lastSaidOn("On Monday, Prime Minister Jane Smith visited the flooded town. Hundreds of homes were "
                        + "damaged by the storm. Smith was asked about the damage while speaking to reporters. She said the army "
                        + "would help."))
                .isEqualTo(MONDAY);
    }

    @Test
    void aLaterDayInTheStoryEndsTheDatedAct() {
        assertThat(lastSaidOn(
                        "On Monday, Prime Minister Jane Smith visited the flooded town. On Tuesday, the river rose "
                                + "again. Smith said the army would help."))
                .isNull();
    }

    @Test
    void aReportInThePresentIsNotDatedByTheAct() {
        assertThat(lastSaidOn("On Monday, Prime Minister Jane Smith visited the flooded town. Smith says the army will "
                        + "help."))
                .isNull();
    }

    @Test
    void aReportInThePastPerfectIsNotDatedByTheAct() {
        assertThat(lastSaidOn("On Monday, Prime Minister Jane Smith visited the flooded town. She had said in the "
                        + "spring that the dams were too weak."))
                .isNull();
    }

    @Test
    void aSentenceOpeningInAnotherPlaceEndsTheDatedAct() {
        assertThat(lastSaidOn("On Monday, Prime Minister Jane Smith visited troops in Kyiv. In Berlin, Smith said the "
                        + "alliance was united."))
                .isNull();
    }

    @Test
    void anActLongBeforePublicationIsBackgroundAndDatesNothing() {
        assertThat(lastSaidOn("On March 3, 2015, Jane Smith won the election. Smith said she was proud of her team."))
                .isNull();
    }
}
