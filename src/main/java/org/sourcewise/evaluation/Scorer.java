package org.sourcewise.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The scorer of {@code shared/eval/score_attributions.py}, line for line, so that {@code evaluate} prints the
 * figures the team's scorer prints (a test holds them equal): a prediction matches a gold statement when the
 * token F1 of their contents reaches 0.5, best pairs first, each used once; optional gold is neither rewarded
 * nor punished; a speaker is right when a gold name or alias stands in it as whole words.
 */
public final class Scorer {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "mr", "mrs", "ms");
    private static final double MIN_F1 = 0.5;

    /** What became of one gold statement: the prediction it matched (index, or -1) and whether speaker and date are right. */
    public record GoldOutcome(
            int gold,
            int predicted,
            boolean speakerRight,
            @Nullable Boolean dateRight) {}

    /** One article's links between gold and predictions. */
    public record ArticleOutcome(
            String file,
            List<JsonNode> gold,
            List<JsonNode> predicted,
            List<GoldOutcome> outcomes,
            Set<Integer> unmatchedPredictions,
            int firm,
            int found,
            int attributed) {}

    public record Figures(
            int tp,
            int fp,
            int fn,
            int attributed,
            double speakerAccuracy,
            int datedGold,
            int datedGoldRight,
            Map<String, int[]> datedBySource,
            int datedPredicted,
            int datedPredictedRight,
            List<ArticleOutcome> articles) {

        public double detectionPrecision() {
            return ratio(tp, tp + fp);
        }

        public double detectionRecall() {
            return ratio(tp, tp + fn);
        }

        public double detectionF1() {
            return f1(detectionPrecision(), detectionRecall());
        }

        public double attributionPrecision() {
            return ratio(attributed, attributed + fp + (tp - attributed));
        }

        public double attributionRecall() {
            return ratio(attributed, attributed + fn + (tp - attributed));
        }

        public double attributionF1() {
            return f1(attributionPrecision(), attributionRecall());
        }

        public double dateRecall() {
            return ratio(datedGoldRight, datedGold);
        }

        /** Share right of the dated gold statements whose date comes from {@code source} ("text", "context"); null when none. */
        public @Nullable Double dateRecall(String source) {
            int[] counts = datedBySource.get(source);
            return counts == null || counts[0] == 0 ? null : (double) counts[1] / counts[0];
        }

        public double datePrecision() {
            return ratio(datedPredictedRight, datedPredicted);
        }
    }

    private Scorer() {}

    /**
     * How an extract run's statements fare against the gold ones, article by article.
     *
     * @param gold      a gold file's root ({"articles": [{"file", "attributions": [...]}]})
     * @param predicted an extract run's root, the same shape; articles matched on the file's base name
     */
    public static Figures score(JsonNode gold, JsonNode predicted) {
        Map<String, List<JsonNode>> predictions = new HashMap<>();
        for (JsonNode article : predicted.path("articles")) {
            String file = article.path("file").asText();
            List<JsonNode> list = new ArrayList<>();
            article.path("attributions").forEach(list::add);
            predictions.put(file.substring(file.lastIndexOf('/') + 1), list);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int matched = 0;
        int speakerRight = 0;
        int attributed = 0;
        int datedGold = 0;
        int datedGoldRight = 0;
        int datedPredicted = 0;
        int datedPredictedRight = 0;
        Map<String, int[]> bySource = new LinkedHashMap<>();
        bySource.put("text", new int[2]);
        bySource.put("context", new int[2]);
        List<ArticleOutcome> articles = new ArrayList<>();
        for (JsonNode article : gold.path("articles")) {
            String file = article.path("file").asText();
            List<JsonNode> golds = new ArrayList<>();
            article.path("attributions").forEach(golds::add);
            List<JsonNode> preds = predictions.getOrDefault(file, List.of());
            Map<Integer, Integer> links = link(preds, golds);
            List<GoldOutcome> outcomes = new ArrayList<>();
            int found = 0;
            int right = 0;
            Map<Integer, Integer> goldToPrediction = new HashMap<>();
            links.forEach((p, g) -> goldToPrediction.put(g, p));
            for (int j = 0; j < golds.size(); j++) {
                JsonNode g = golds.get(j);
                Integer p = goldToPrediction.get(j);
                if (g.path("optional").asBoolean(false)) {
                    continue;
                }
                if (p == null) {
                    outcomes.add(new GoldOutcome(j, -1, false, null));
                    continue;
                }
                JsonNode pi = preds.get(p);
                found++;
                boolean ok = speakerOk(text(pi, "speaker"), g);
                matched++;
                speakerRight += ok ? 1 : 0;
                right += ok ? 1 : 0;
                String saidOn = text(pi, "said_on");
                Set<String> accepted = accepted(g);
                Boolean dateRight = null;
                if (hasDate(g)) {
                    dateRight = accepted.contains(saidOn);
                    datedGold++;
                    datedGoldRight += dateRight ? 1 : 0;
                    int[] source = bySource.computeIfAbsent(g.path("date_from").asText("text"), k -> new int[2]);
                    source[0]++;
                    source[1] += dateRight ? 1 : 0;
                }
                if (saidOn != null && !saidOn.isEmpty()) {
                    datedPredicted++;
                    datedPredictedRight += accepted.contains(saidOn) ? 1 : 0;
                    if (dateRight == null) {
                        dateRight = accepted.contains(saidOn);
                    }
                }
                outcomes.add(new GoldOutcome(j, p, ok, dateRight));
            }
            Set<Integer> unmatched = new HashSet<>();
            for (int i = 0; i < preds.size(); i++) {
                if (!links.containsKey(i)) {
                    unmatched.add(i);
                }
            }
            int firm = (int) golds.stream()
                    .filter(g -> !g.path("optional").asBoolean(false))
                    .count();
            tp += found;
            fp += preds.size() - links.size();
            fn += firm - found;
            attributed += right;
            articles.add(new ArticleOutcome(file, golds, preds, outcomes, unmatched, firm, found, right));
        }
        return new Figures(
                tp,
                fp,
                fn,
                attributed,
                ratio(speakerRight, matched),
                datedGold,
                datedGoldRight,
                bySource,
                datedPredicted,
                datedPredictedRight,
                articles);
    }

    /** Which gold statement each predicted content matches, by index; as the Python scorer pairs them. */
    public static Map<Integer, Integer> match(List<String> contents, List<JsonNode> golds) {
        List<JsonNode> preds = new ArrayList<>();
        for (String content : contents) {
            preds.add(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode()
                    .put("content", content));
        }
        return link(preds, golds);
    }

    /** Which gold statement each prediction matches, by index; as the Python scorer pairs them. */
    static Map<Integer, Integer> link(List<JsonNode> preds, List<JsonNode> golds) {
        record Pair(double f1, int p, int g) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                pairs.add(new Pair(
                        tokenF1(
                                preds.get(i).path("content").asText(""),
                                golds.get(j).path("content").asText("")),
                        i,
                        j));
            }
        }
        // Python sorts the (f1, i, j) tuples in reverse: ties go to the later prediction, then the later gold
        pairs.sort(Comparator.comparingDouble(Pair::f1)
                .thenComparingInt(Pair::p)
                .thenComparingInt(Pair::g)
                .reversed());
        Map<Integer, Integer> links = new HashMap<>();
        Set<Integer> usedGold = new HashSet<>();
        for (Pair pair : pairs) {
            if (pair.f1() < MIN_F1) {
                break;
            }
            if (links.containsKey(pair.p()) || usedGold.contains(pair.g())) {
                continue;
            }
            links.put(pair.p(), pair.g());
            usedGold.add(pair.g());
        }
        return links;
    }

    public static boolean speakerOk(@Nullable String predicted, JsonNode gold) {
        if (gold.path("ambiguous").asBoolean(false)) {
            return true;
        }
        String p = norm(predicted);
        if (p.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(gold.path("speaker").asText(""));
        gold.path("aliases").forEach(alias -> names.add(alias.asText("")));
        for (String name : names) {
            String n = norm(name);
            if (!n.isEmpty()
                    && (p.equals(n)
                            || Pattern.compile("(^|\\s)" + Pattern.quote(n) + "($|\\s)")
                                    .matcher(p)
                                    .find())) {
                return true;
            }
        }
        return false;
    }

    public static double tokenF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        ta.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : tb) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                common++;
                counts.put(t, left - 1);
            }
        }
        if (common == 0) {
            return 0.0;
        }
        double precision = (double) common / ta.size();
        double recall = (double) common / tb.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static Set<String> accepted(JsonNode gold) {
        Set<String> accepted = new HashSet<>();
        if (hasDate(gold)) {
            accepted.add(gold.path("said_on").asText());
            gold.path("said_on_also").forEach(d -> accepted.add(d.asText()));
        } else {
            accepted.add(null);
            gold.path("said_on_ok").forEach(d -> accepted.add(d.asText()));
        }
        return accepted;
    }

    private static boolean hasDate(JsonNode gold) {
        JsonNode saidOn = gold.path("said_on");
        return saidOn.isTextual() && !saidOn.asText().isEmpty();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    static String norm(@Nullable String s) {
        String lower = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'');
        lower = POSSESSIVE.matcher(lower).replaceAll("");
        lower = NOT_WORD.matcher(lower).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : lower.strip().split("\\s+")) {
            if (!word.isEmpty() && !DROPPED.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    static List<String> tokens(String s) {
        Matcher matcher = WORD.matcher(
                Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
