package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.Tier;
import org.sourcewise.evaluation.Corpus;

/**
 * The recorded parses still are CoreNLP's: the live pipeline finds, on every gold article, exactly the
 * statements the recordings give, so the floors of {@link CorpusFloorsTest} hold for the engine as it runs.
 * When this fails after a change to CoreNLP, its settings, the sentence repairs or the cleaning, record the
 * corpora again (docs/engine.md).
 */
@Tier.Models
class RecordedParsesIT {

    static Corpus[] corpora() {
        return new Corpus[] {Corpus.SEEDS, Corpus.WIKINEWS_DEV};
    }

    /**
     * Statements only: in a JVM that ran other analyses first, SUTime once dated one seed's events differently from
     * a fresh one, so the dated events (which no floor reads) are left out of the comparison.
     */
    @ParameterizedTest
    @MethodSource("corpora")
    void theLivePipelineFindsTheStatementsTheRecordedParsesGive(Corpus corpus) {
        assertThat(statements(corpus.run(StatementExtractor.withCoreNlp())))
                .isEqualTo(statements(corpus.recordedRun()));
    }

    private static List<JsonNode> statements(JsonNode run) {
        List<JsonNode> statements = new ArrayList<>();
        run.path("articles").forEach(article -> statements.add(article.path("attributions")));
        return statements;
    }
}
