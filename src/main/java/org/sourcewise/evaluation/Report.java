package org.sourcewise.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The text {@code evaluate} prints: score_attributions.py's lines (same figures, same wording), then the
 * figures per rule and by confidence, then, against a baseline run, each gold statement whose outcome changed.
 */
public final class Report {

    /** Where confidence is read: the share right above it is what the docs quote. */
    static final double[] CONFIDENCE_BANDS = {0.9, 0.8, 0.5, 0.0};

    private Report() {}

    public static String of(Scorer.Figures now, Scorer.@Nullable Figures baseline) {
        StringBuilder out = new StringBuilder();
        for (Scorer.ArticleOutcome article : now.articles()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s: gold %d, predicted %d, found %d, right speaker %d, false positives %d, missed %d%n",
                    article.file(),
                    article.firm(),
                    article.predicted().size(),
                    article.found(),
                    article.attributed(),
                    article.unmatchedPredictions().size(),
                    article.firm() - article.found()));
        }
        out.append(figures(now));
        out.append(quoted(now));
        out.append(sourceKinds(now));
        out.append(byRule(now));
        out.append(byConfidence(now));
        if (baseline != null) {
            out.append(difference(baseline, now));
        }
        out.append(String.format(Locale.ROOT, "attribution_f1=%.3f%n", now.attributionF1()));
        return out.toString();
    }

    static String figures(Scorer.Figures f) {
        return String.format(
                        Locale.ROOT,
                        "detection   P=%.3f R=%.3f F1=%.3f%n",
                        f.detectionPrecision(),
                        f.detectionRecall(),
                        f.detectionF1())
                + String.format(Locale.ROOT, "speaker     accuracy on found statements=%.3f%n", f.speakerAccuracy())
                + String.format(
                        Locale.ROOT,
                        "attribution P=%.3f R=%.3f F1=%.3f%n",
                        f.attributionPrecision(),
                        f.attributionRecall(),
                        f.attributionF1())
                + String.format(
                        Locale.ROOT,
                        "date        right on dated gold=%.3f (date in the statement's sentence %s, from context %s) predicted dates right=%.3f%n",
                        f.dateRecall(),
                        share(f.dateRecall("text")),
                        share(f.dateRecall("context")),
                        f.datePrecision());
    }

    /** Of the matched firm gold statements, how many the engine calls unnamed exactly where the gold marks them anonymous. */
    public static int[] sourceKindAgreement(Scorer.Figures f) {
        int[] counts = new int[2];
        for (Scorer.ArticleOutcome article : f.articles()) {
            for (Scorer.GoldOutcome outcome : article.outcomes()) {
                if (outcome.predicted() >= 0) {
                    boolean anonymous =
                            article.gold().get(outcome.gold()).path("anonymous").asBoolean(false);
                    boolean unnamed = article.predicted()
                            .get(outcome.predicted())
                            .path("source_kind")
                            .asText()
                            .equals("anonymous");
                    counts[0]++;
                    counts[1] += anonymous == unnamed ? 1 : 0;
                }
            }
        }
        return counts;
    }

    /** Of the firm gold statements in quotation marks (direct or mixed), how many were found and with the right speaker. */
    private static String quoted(Scorer.Figures f) {
        int gold = 0;
        int found = 0;
        int right = 0;
        for (Scorer.ArticleOutcome article : f.articles()) {
            for (Scorer.GoldOutcome outcome : article.outcomes()) {
                String kind = article.gold().get(outcome.gold()).path("kind").asText();
                if (kind.equals("direct") || kind.equals("mixed")) {
                    gold++;
                    found += outcome.predicted() >= 0 ? 1 : 0;
                    right += outcome.speakerRight() ? 1 : 0;
                }
            }
        }
        return String.format(
                Locale.ROOT,
                "quoted statements (direct, mixed): %d of %d found (%s), %d with the right speaker (%s)%n",
                found,
                gold,
                share(gold == 0 ? null : (double) found / gold),
                right,
                share(found == 0 ? null : (double) right / found));
    }

    private static String sourceKinds(Scorer.Figures f) {
        int[] counts = sourceKindAgreement(f);
        return String.format(
                Locale.ROOT,
                "source kind unnamed exactly where the gold marks anonymous: %d of %d (%s)%n",
                counts[1],
                counts[0],
                share(counts[0] == 0 ? null : (double) counts[1] / counts[0]));
    }

    /** Per rule that found statements: how many matched gold, with the right speaker, and how many were false. */
    private static String byRule(Scorer.Figures f) {
        Map<String, int[]> found = new TreeMap<>();
        Map<String, int[]> speakers = new TreeMap<>();
        for (Scorer.ArticleOutcome article : f.articles()) {
            Map<Integer, Scorer.GoldOutcome> byPrediction = byPrediction(article);
            for (int i = 0; i < article.predicted().size(); i++) {
                JsonNode p = article.predicted().get(i);
                Scorer.GoldOutcome outcome = byPrediction.get(i);
                int[] rule = found.computeIfAbsent(p.path("found_by").asText("?"), k -> new int[4]);
                rule[0]++;
                if (article.unmatchedPredictions().contains(i)) {
                    rule[3]++;
                } else if (outcome != null) {
                    rule[1]++;
                    rule[2] += outcome.speakerRight() ? 1 : 0;
                    int[] speaker =
                            speakers.computeIfAbsent(p.path("speaker_by").asText("?"), k -> new int[2]);
                    speaker[0]++;
                    speaker[1] += outcome.speakerRight() ? 1 : 0;
                }
            }
        }
        Map<String, int[]> dates = new TreeMap<>();
        for (Scorer.ArticleOutcome article : f.articles()) {
            for (Scorer.GoldOutcome outcome : article.outcomes()) {
                if (outcome.predicted() >= 0 && outcome.dateRight() != null) {
                    JsonNode p = article.predicted().get(outcome.predicted());
                    int[] rule = dates.computeIfAbsent(p.path("date_by").asText("none"), k -> new int[2]);
                    rule[0]++;
                    rule[1] += outcome.dateRight() ? 1 : 0;
                }
            }
        }
        StringBuilder out =
                new StringBuilder("found by rule (predicted, matched firm gold, right speaker, false positives):\n");
        found.forEach((rule, c) ->
                out.append(String.format(Locale.ROOT, "  %-22s %4d %4d %4d %4d%n", rule, c[0], c[1], c[2], c[3])));
        out.append("speaker chosen by rule (matched firm gold, right):\n");
        speakers.forEach((rule, c) -> out.append(String.format(
                Locale.ROOT,
                "  %-22s %4d %4d  %s%n",
                rule,
                c[0],
                c[1],
                share(c[0] == 0 ? null : (double) c[1] / c[0]))));
        out.append("dated by rule (matched firm gold that is dated or got a date, date right):\n");
        dates.forEach((rule, c) -> out.append(String.format(
                Locale.ROOT,
                "  %-26s %4d %4d  %s%n",
                rule,
                c[0],
                c[1],
                share(c[0] == 0 ? null : (double) c[1] / c[0]))));
        return out.toString();
    }

    /** Of the matched statements whose speaker confidence is at least each band, the share with the right speaker. */
    private static String byConfidence(Scorer.Figures f) {
        int[][] bands = new int[CONFIDENCE_BANDS.length][];
        for (int b = 0; b < CONFIDENCE_BANDS.length; b++) {
            bands[b] = speakersAtOrAbove(f, CONFIDENCE_BANDS[b]);
        }
        int[][] dateBands = new int[CONFIDENCE_BANDS.length][2];
        for (Scorer.ArticleOutcome article : f.articles()) {
            for (Scorer.GoldOutcome outcome : article.outcomes()) {
                if (outcome.predicted() < 0 || outcome.dateRight() == null) {
                    continue;
                }
                JsonNode p = article.predicted().get(outcome.predicted());
                double confidence = p.path("confidence").path("date").asDouble(0);
                for (int b = 0; b < CONFIDENCE_BANDS.length; b++) {
                    if (!p.path("said_on").isNull()
                            && !p.path("said_on").isMissingNode()
                            && confidence >= CONFIDENCE_BANDS[b]) {
                        dateBands[b][0]++;
                        dateBands[b][1] += outcome.dateRight() ? 1 : 0;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("speaker confidence (matched firm gold at or above, right speaker):\n");
        bands(out, bands);
        out.append("date confidence (dated predictions on matched firm gold at or above, date right):\n");
        bands(out, dateBands);
        return out.toString();
    }

    /**
     * Of the statements matched to firm gold whose speaker confidence is at least {@code threshold}: how many
     * there are, and how many have the right speaker.
     */
    public static int[] speakersAtOrAbove(Scorer.Figures f, double threshold) {
        int[] counts = new int[2];
        for (Scorer.ArticleOutcome article : f.articles()) {
            for (Scorer.GoldOutcome outcome : article.outcomes()) {
                JsonNode confidence = outcome.predicted() < 0
                        ? null
                        : article.predicted()
                                .get(outcome.predicted())
                                .path("confidence")
                                .path("speaker");
                if (confidence != null && confidence.isNumber() && confidence.asDouble() >= threshold) {
                    counts[0]++;
                    counts[1] += outcome.speakerRight() ? 1 : 0;
                }
            }
        }
        return counts;
    }

    private static void bands(StringBuilder out, int[][] counts) {
        for (int b = 0; b < CONFIDENCE_BANDS.length; b++) {
            out.append(String.format(
                    Locale.ROOT,
                    "  >= %.1f %4d %4d  %s%n",
                    CONFIDENCE_BANDS[b],
                    counts[b][0],
                    counts[b][1],
                    share(counts[b][0] == 0 ? null : (double) counts[b][1] / counts[b][0])));
        }
    }

    /** Gold statements whose outcome changed between the runs, and false positives that came or went. */
    static String difference(Scorer.Figures before, Scorer.Figures now) {
        List<String> better = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        List<String> newFalse = new ArrayList<>();
        List<String> goneFalse = new ArrayList<>();
        Map<String, Scorer.ArticleOutcome> earlier = new HashMap<>();
        before.articles().forEach(a -> earlier.put(a.file(), a));
        for (Scorer.ArticleOutcome article : now.articles()) {
            Scorer.ArticleOutcome old = earlier.get(article.file());
            if (old == null) {
                continue;
            }
            Map<Integer, Scorer.GoldOutcome> oldByGold = new HashMap<>();
            old.outcomes().forEach(o -> oldByGold.put(o.gold(), o));
            for (Scorer.GoldOutcome outcome : article.outcomes()) {
                Scorer.GoldOutcome was = oldByGold.get(outcome.gold());
                int then = level(was);
                int level = level(outcome);
                if (then == level) {
                    continue;
                }
                JsonNode gold = article.gold().get(outcome.gold());
                String line = String.format(
                        Locale.ROOT,
                        "  %s: [%s -> %s] %s: \"%s\"%n",
                        article.file(),
                        describe(old, was),
                        describe(article, outcome),
                        gold.path("speaker").asText(),
                        clip(gold.path("content").asText()));
                (level > then ? better : worse).add(line);
            }
            Set<String> oldFalse = falseContents(old);
            Set<String> nowFalse = falseContents(article);
            for (String content : nowFalse) {
                if (!oldFalse.contains(content)) {
                    newFalse.add("  " + article.file() + ": \"" + clip(content) + "\"\n");
                }
            }
            for (String content : oldFalse) {
                if (!nowFalse.contains(content)) {
                    goneFalse.add("  " + article.file() + ": \"" + clip(content) + "\"\n");
                }
            }
        }
        StringBuilder out = new StringBuilder("against the baseline:\n");
        out.append(figures(before).lines().map(l -> "  was " + l + "\n").reduce("", String::concat));
        section(out, "became better", better);
        section(out, "became worse", worse);
        section(out, "new false positives", newFalse);
        section(out, "false positives gone", goneFalse);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append(title).append(" (").append(lines.size()).append("):\n");
        lines.forEach(out::append);
    }

    /** 0 missed, 1 found with a wrong speaker, 2 right speaker and wrong date, 3 right. */
    private static int level(Scorer.@Nullable GoldOutcome outcome) {
        if (outcome == null || outcome.predicted() < 0) {
            return 0;
        }
        if (!outcome.speakerRight()) {
            return 1;
        }
        return Boolean.FALSE.equals(outcome.dateRight()) ? 2 : 3;
    }

    private static String describe(Scorer.ArticleOutcome article, Scorer.@Nullable GoldOutcome outcome) {
        if (outcome == null) {
            return "missed";
        }
        return switch (level(outcome)) {
            case 0 -> "missed";
            case 1 ->
                "speaker "
                        + article.predicted()
                                .get(outcome.predicted())
                                .path("speaker")
                                .asText();
            case 2 ->
                "date "
                        + article.predicted()
                                .get(outcome.predicted())
                                .path("said_on")
                                .asText("none");
            default -> "right";
        };
    }

    private static Set<String> falseContents(Scorer.ArticleOutcome article) {
        Set<String> contents = new HashSet<>();
        for (int i : article.unmatchedPredictions()) {
            contents.add(article.predicted().get(i).path("content").asText());
        }
        return contents;
    }

    private static Map<Integer, Scorer.GoldOutcome> byPrediction(Scorer.ArticleOutcome article) {
        Map<Integer, Scorer.GoldOutcome> map = new HashMap<>();
        for (Scorer.GoldOutcome outcome : article.outcomes()) {
            if (outcome.predicted() >= 0) {
                map.put(outcome.predicted(), outcome);
            }
        }
        return map;
    }

    private static String clip(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }

    private static String share(@Nullable Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
