package org.sourcewise.eval;

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

/**
 * The hand-made gold annotations of the seeds, matched as score_attributions.py matches them: token F1 of
 * contents at least 0.5, best pairs first, each used once; a speaker is right when a gold name or alias stands
 * in it as whole words.
 */
public final class SeedGold {

    private static final Path GOLD = Path.of("../shared/eval/seed-attributions.json");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One seed: its file, title and publication date, and its gold statements. */
    public record Article(String file, String title, LocalDate published, List<JsonNode> statements) {
    }

    private SeedGold() {
    }

    public static List<Article> articles() throws IOException {
        if (!Files.exists(GOLD)) {
            fail("The gold annotations are missing at " + GOLD.toAbsolutePath() + "; CI and developers have shared/ beside the repo");
        }
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
        JsonNode metadata = new ObjectMapper().readTree(Path.of("seeds/metadata.json").toFile());
        List<Article> articles = new ArrayList<>();
        for (JsonNode article : gold.path("articles")) {
            String file = article.path("file").asText();
            JsonNode meta = entry(metadata, file);
            List<JsonNode> statements = new ArrayList<>();
            article.path("attributions").forEach(statements::add);
            articles.add(new Article(file, meta.path("title").asText(), LocalDate.parse(meta.path("published").asText()),
                    List.copyOf(statements)));
        }
        return articles;
    }

    /** Which gold statement each predicted content matches, by index; unmatched ones are absent. */
    public static Map<Integer, Integer> match(List<String> predicted, List<JsonNode> golds) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                pairs.add(new double[] {tokenF1(predicted.get(i), golds.get(j).path("content").asText()), i, j});
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        Map<Integer, Integer> matched = new HashMap<>();
        Set<Integer> usedGold = new HashSet<>();
        for (double[] pair : pairs) {
            if (pair[0] < 0.5) {
                break;
            }
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (!matched.containsKey(i) && !usedGold.contains(j)) {
                matched.put(i, j);
                usedGold.add(j);
            }
        }
        return matched;
    }

    private static JsonNode entry(JsonNode metadata, String file) {
        for (JsonNode entry : metadata.path("articles")) {
            if (entry.path("file").asText().equals(file)) {
                return entry;
            }
        }
        throw new AssertionError("no metadata for " + file);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    public static double tokenF1(String a, String b) {
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

    public static boolean speakerRight(String predicted, JsonNode gold) {
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
