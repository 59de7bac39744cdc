package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.eval.SeedGold;

/**
 * A regression floor on the five seeds against the hand-made gold annotations, matched as
 * score_attributions.py matches them ({@link SeedGold}); optional gold is neither rewarded nor punished.
 */
class SeedAttributionIT {

    @Test
    void seedsStayAboveTheAttributionDetectionAndDateFloors() throws IOException {
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        int truePositives = 0;
        int falsePositives = 0;
        int missed = 0;
        int rightSpeaker = 0;
        Map<String, int[]> datedGoldRight = new HashMap<>();
        int[] predictedDatesRight = new int[2];
        for (SeedGold.Article article : SeedGold.articles()) {
            ArticleText text = ArticleText.fromWebCopy(Files.readString(Path.of("seeds", article.file())), article.title());
            List<Statement> predicted = extractor.extract(text, article.published()).statements();
            List<JsonNode> golds = article.statements();
            Map<Integer, Integer> matched = SeedGold.match(predicted.stream().map(Statement::content).toList(), golds);
            for (Map.Entry<Integer, Integer> pair : matched.entrySet()) {
                JsonNode gold = golds.get(pair.getValue());
                if (!gold.path("optional").asBoolean()) {
                    truePositives++;
                    rightSpeaker += SeedGold.speakerRight(predicted.get(pair.getKey()).speaker().name(), gold) ? 1 : 0;
                    countDates(predicted.get(pair.getKey()).saidOn(), gold, datedGoldRight, predictedDatesRight);
                }
            }
            falsePositives += predicted.size() - matched.size();
            for (int j = 0; j < golds.size(); j++) {
                if (!matched.containsValue(j) && !golds.get(j).path("optional").asBoolean()) {
                    missed++;
                }
            }
        }
        double detection = f1(truePositives, falsePositives, missed);
        double attribution = f1(rightSpeaker, falsePositives + truePositives - rightSpeaker, missed + truePositives - rightSpeaker);
        assertThat(detection).as("detection F1").isGreaterThanOrEqualTo(0.90);
        assertThat(attribution).as("attribution F1").isGreaterThanOrEqualTo(0.88);
        assertThat(share(predictedDatesRight)).as("predicted dates right").isGreaterThanOrEqualTo(0.95);
        assertThat(share(datedGoldRight.get("text"))).as("dates given in the statement's sentence").isGreaterThanOrEqualTo(0.95);
        assertThat(share(datedGoldRight.get("context"))).as("dates a reader takes from context").isGreaterThanOrEqualTo(0.60);
    }

    /** As the scorer counts: a gold date may have accepted alternatives, and a gold without one may list dates that are not wrong. */
    private static void countDates(LocalDate saidOn, JsonNode gold, Map<String, int[]> datedGoldRight, int[] predictedRight) {
        String predicted = saidOn == null ? null : saidOn.toString();
        Set<String> accepted = new HashSet<>();
        boolean dated = !gold.path("said_on").isNull() && gold.has("said_on");
        if (dated) {
            accepted.add(gold.path("said_on").asText());
            gold.path("said_on_also").forEach(d -> accepted.add(d.asText()));
            int[] counts = datedGoldRight.computeIfAbsent(gold.path("date_from").asText("text"), k -> new int[2]);
            counts[0]++;
            counts[1] += accepted.contains(predicted) ? 1 : 0;
        } else {
            gold.path("said_on_ok").forEach(d -> accepted.add(d.asText()));
        }
        if (predicted != null) {
            predictedRight[0]++;
            predictedRight[1] += accepted.contains(predicted) ? 1 : 0;
        }
    }

    private static double share(int[] counts) {
        return counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    private static double f1(int truePositives, int falsePositives, int falseNegatives) {
        double precision = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
