package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.evaluation.Corpus;
import org.sourcewise.evaluation.Report;
import org.sourcewise.evaluation.Scorer;

/**
 * The engine's figures on the gold sets, on recorded parses, held at floors: a change that breaks more
 * statements than it fixes fails here. Raise a floor when a change lifts a figure; never lower one without a
 * note in the commit saying why. {@code evaluate --baseline} shows which statements moved.
 */
@Tier.Fast
class CorpusFloorsTest {

    @Test
    void theWikinewsDevSetStaysAboveItsFloors() {
        Scorer.Figures dev = Corpus.WIKINEWS_DEV.score(Corpus.WIKINEWS_DEV.recordedRun());

        assertThat(dev.detectionF1()).as("detection F1").isGreaterThanOrEqualTo(0.918);
        assertThat(dev.speakerAccuracy()).as("speaker accuracy").isGreaterThanOrEqualTo(0.939);
        assertThat(dev.attributionF1()).as("attribution F1").isGreaterThanOrEqualTo(0.864);
        assertThat(dev.dateRecall("text"))
                .as("dates given in the statement's sentence")
                .isGreaterThanOrEqualTo(0.966);
        assertThat(dev.dateRecall("context"))
                .as("dates a reader takes from context")
                .isGreaterThanOrEqualTo(0.708);
        assertThat(dev.datePrecision()).as("predicted dates right").isGreaterThanOrEqualTo(0.999);
        assertThat(trustedShareRight(Corpus.WIKINEWS_DEV))
                .as("right speakers among trusted statements")
                .isGreaterThanOrEqualTo(0.97);
        int[] kinds = Report.sourceKindAgreement(dev);
        assertThat((double) kinds[1] / kinds[0])
                .as("unnamed exactly where the gold marks anonymous")
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSeedsStayAboveTheirFloors() {
        Scorer.Figures seeds = Corpus.SEEDS.score(Corpus.SEEDS.recordedRun());

        assertThat(seeds.detectionF1()).as("detection F1").isGreaterThanOrEqualTo(0.931);
        assertThat(seeds.attributionF1()).as("attribution F1").isGreaterThanOrEqualTo(0.931);
        assertThat(seeds.dateRecall("text"))
                .as("dates given in the statement's sentence")
                .isGreaterThanOrEqualTo(1.0);
        assertThat(seeds.dateRecall("context"))
                .as("dates a reader takes from context")
                .isGreaterThanOrEqualTo(0.726);
        assertThat(seeds.datePrecision()).as("predicted dates right").isGreaterThanOrEqualTo(1.0);
        assertThat(trustedShareRight(Corpus.SEEDS))
                .as("right speakers among trusted statements")
                .isGreaterThanOrEqualTo(0.97);
    }

    /** Of the statements matched to firm gold whose speaker confidence reaches {@link Provenance#TRUSTED}, the share with the right speaker. */
    private static double trustedShareRight(Corpus corpus) {
        int[] trusted = Report.speakersAtOrAbove(corpus.score(corpus.recordedRun()), Provenance.TRUSTED);
        return (double) trusted[1] / trusted[0];
    }
}
