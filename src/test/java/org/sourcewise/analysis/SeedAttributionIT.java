package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A regression floor on the five seeds against the hand-made gold annotations, matched as
 * score_attributions.py matches them (token F1 of contents at least 0.5, best pairs first; optional gold
 * neither rewarded nor punished; a speaker is right when a gold name or alias stands in it as whole words).
 */
class SeedAttributionIT {

    private static final Path GOLD = Path.of("../shared/eval/seed-attributions.json");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void seedsStayAboveTheAttributionDetectionAndDateFloors() throws IOException {
        if (!Files.exists(GOLD)) {
            fail("The gold annotations are missing at " + GOLD.toAbsolutePath() + "; CI and developers have shared/ beside the repo");
        }
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
        JsonNode metadata = new ObjectMapper().readTree(Path.of("seeds/metadata.json").toFile());
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        int truePositives = 0;
        int falsePositives = 0;
        int missed = 0;
        int rightSpeaker = 0;
        Map<String, int[]> datedGoldRight = new HashMap<>();
        int[] predictedDatesRight = new int[2];
        for (JsonNode article : gold.path("articles")) {
            String file = article.path("file").asText();
            JsonNode meta = entry(metadata, file);
            ArticleText text = ArticleText.fromWebCopy(Files.readString(Path.of("seeds", file)), meta.path("title").asText());
            List<Statement> predicted = extractor.extract(text, LocalDate.parse(meta.path("published").asText())).statements();
            List<JsonNode> golds = new ArrayList<>();
            article.path("attributions").forEach(golds::add);
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < predicted.size(); i++) {
                for (int j = 0; j < golds.size(); j++) {
                    pairs.add(new double[] {tokenF1(predicted.get(i).content(), golds.get(j).path("content").asText()), i, j});
                }
            }
            pairs.sort((a, b) -> Double.compare(b[0], a[0]));
            Set<Integer> usedPredicted = new HashSet<>();
            Set<Integer> usedGold = new HashSet<>();
            for (double[] pair : pairs) {
                if (pair[0] < 0.5) {
                    break;
                }
                int i = (int) pair[1];
                int j = (int) pair[2];
                if (usedPredicted.contains(i) || usedGold.contains(j)) {
                    continue;
                }
                usedPredicted.add(i);
                usedGold.add(j);
                if (!golds.get(j).path("optional").asBoolean()) {
                    truePositives++;
                    rightSpeaker += speakerRight(predicted.get(i).speaker().name(), golds.get(j)) ? 1 : 0;
                    countDates(predicted.get(i).saidOn(), golds.get(j), datedGoldRight, predictedDatesRight);
                }
            }
            falsePositives += predicted.size() - usedPredicted.size();
            for (int j = 0; j < golds.size(); j++) {
                if (!usedGold.contains(j) && !golds.get(j).path("optional").asBoolean()) {
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

    private static JsonNode entry(JsonNode metadata, String file) {
        for (JsonNode entry : metadata.path("articles")) {
            if (entry.path("file").asText().equals(file)) {
                return entry;
            }
        }
        throw new AssertionError("no metadata for " + file);
    }

    private static double f1(int truePositives, int falsePositives, int falseNegatives) {
        double precision = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static double tokenF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        ta.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : tb) {
            if (counts.getOrDefault(t, 0) > 0) {
                counts.merge(t, -1, Integer::sum);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / ta.size();
        double r = (double) common / tb.size();
        return 2 * p * r / (p + r);
    }

    private static String norm(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("'s\\b", "").replaceAll("[^\\w\\s-]", " ");
        List<String> words = new ArrayList<>();
        for (String word : s.split("\\s+")) {
            if (!word.isEmpty() && !Set.of("the", "a", "an", "mr", "mrs", "ms").contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static boolean speakerRight(String predicted, JsonNode gold) {
        if (gold.path("ambiguous").asBoolean()) {
            return true;
        }
        String p = norm(predicted);
        List<String> names = new ArrayList<>(List.of(gold.path("speaker").asText()));
        gold.path("aliases").forEach(alias -> names.add(alias.asText()));
        for (String name : names) {
            String n = norm(name);
            if (!n.isEmpty() && (p.equals(n) || Pattern.compile("(^|\\s)" + Pattern.quote(n) + "($|\\s)").matcher(p).find())) {
                return true;
            }
        }
        return false;
    }
}
