package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class PhotoCaptionTest {

    @Test
    void recognisesAgencyCreditWithPhotographer() {
        assertThat(PhotoCaption.isCaption("Tanks drive during drills in the Rostov region, Russia January 27, 2022. "
                        + "Picture taken with a drone. REUTERS/Sergey Pivovarov"))
                .isTrue();
        assertThat(PhotoCaption.isCaption("Protesters march in Montreal. (AP Photo/Graham Hughes)"))
                .isTrue();
    }

    @Test
    void recognisesCaptionsThatDescribeThePicture() {
        assertThat(PhotoCaption.isCaption("The picture shows the two presidents shaking hands."))
                .isTrue();
        assertThat(PhotoCaption.isCaption("China News Agency issued a photo courtesy of the Ministry of Defense"))
                .isTrue();
        assertThat(PhotoCaption.isCaption("Firefighters at the scene. Photo: Canadian Press"))
                .isTrue();
        assertThat(PhotoCaption.isCaption("The premier in Victoria last year. (Getty Images)"))
                .isTrue();
    }

    @Test
    void doesNotTakeAQuotedAgencyForACredit() {
        assertThat(PhotoCaption.isCaption("\u201cWe are ready,\u201d the minister told Reuters."))
                .isFalse();
        assertThat(PhotoCaption.isCaption("The figures were first reported by AFP."))
                .isFalse();
        assertThat(PhotoCaption.isCaption("She spoke to AP.")).isFalse();
    }

    @Test
    void doesNotTakeOrdinaryParagraphsForCaptions() {
        assertThat(PhotoCaption.isCaption("The Russian Ministry of Defense said the exercise had ended."))
                .isFalse();
        assertThat(PhotoCaption.isCaption("Cautious optimism")).isFalse();
    }
}
