package org.sourcewise.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcewise.Tier;

/** {@code evaluate} prints the team's scorer's figures: the Java port agrees with score_attributions.py itself. */
@Tier.Fast
class ScorerTest {

    private static final Path PYTHON_SCORER = Path.of("src/test/resources/gold/score_attributions.py");

    static Corpus[] corpora() {
        return new Corpus[] {Corpus.SEEDS, Corpus.WIKINEWS_DEV};
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void theFiguresEqualThoseOfThePythonScorerOnTheSameRun(Corpus corpus, @TempDir Path folder) throws Exception {
        JsonNode run = corpus.recordedRun();
        Path runFile = folder.resolve("run.json");
        new ObjectMapper().writeValue(runFile.toFile(), run);

        JsonNode python = pythonScores(corpus.gold(), runFile);
        Scorer.Figures java = corpus.score(run);

        assertThat(java.tp()).isEqualTo(python.path("detection").path("tp").asInt());
        assertThat(java.fp()).isEqualTo(python.path("detection").path("fp").asInt());
        assertThat(java.fn()).isEqualTo(python.path("detection").path("fn").asInt());
        assertThat(java.speakerAccuracy())
                .isCloseTo(python.path("speaker_accuracy").asDouble(), within(1e-9));
        assertThat(java.attributionF1())
                .isCloseTo(python.path("attribution").path("f1").asDouble(), within(1e-9));
        assertThat(java.dateRecall())
                .isCloseTo(python.path("date_recall_accuracy").asDouble(), within(1e-9));
        assertThat(java.datePrecision()).isCloseTo(python.path("date_precision").asDouble(), within(1e-9));
        assertThat(java.dateRecall("text"))
                .isCloseTo(python.path("date_right_by_source").path("text").asDouble(), within(1e-9));
        assertThat(java.dateRecall("context"))
                .isCloseTo(python.path("date_right_by_source").path("context").asDouble(), within(1e-9));
        for (int i = 0; i < java.articles().size(); i++) {
            assertThat(java.articles().get(i).attributed())
                    .as(java.articles().get(i).file())
                    .isEqualTo(
                            python.path("per_article").get(i).path("attributed").asInt());
        }
    }

    private static JsonNode pythonScores(Path gold, Path run) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "python3", PYTHON_SCORER.toString(), gold.toString(), run.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("score_attributions.py exit code").isZero();
        return new ObjectMapper().readTree(output);
    }
}
