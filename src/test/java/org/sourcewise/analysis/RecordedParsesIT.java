package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.evaluation.Corpus;

/**
 * The recorded parses still are CoreNLP's: the live pipeline finds, on every gold article, exactly the
 * statements the recordings give, so the floors of {@link CorpusFloorsTest} hold for the engine as it runs.
 * When this fails after a change to CoreNLP, its settings, the sentence repairs or the cleaning, record the
 * corpora again (docs/engine.md).
 */
class RecordedParsesIT {

    static Corpus[] corpora() {
        return new Corpus[] {Corpus.SEEDS, Corpus.WIKINEWS_DEV};
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void theLivePipelineFindsWhatTheRecordedParsesGive(Corpus corpus) {
        assertThat(corpus.run(StatementExtractor.withCoreNlp())).isEqualTo(corpus.recordedRun());
    }
}
