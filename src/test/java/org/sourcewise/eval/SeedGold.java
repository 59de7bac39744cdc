package org.sourcewise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcewise.evaluation.Scorer;

/**
 * The hand-made gold annotations of the seeds (src/test/resources/gold/seeds), matched and judged as
 * score_attributions.py does, through {@link Scorer}.
 */
public final class SeedGold {

    private static final Path GOLD = Path.of("src/test/resources/gold/seeds/gold.json");

    /** One seed: its file, title and publication date, and its gold statements. */
    public record Article(String file, String title, LocalDate published, List<JsonNode> statements) {}

    private SeedGold() {}

    public static List<Article> articles() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
        JsonNode metadata =
                new ObjectMapper().readTree(Path.of("seeds/metadata.json").toFile());
        List<Article> articles = new ArrayList<>();
        for (JsonNode article : gold.path("articles")) {
            String file = article.path("file").asText();
            JsonNode meta = entry(metadata, file);
            List<JsonNode> statements = new ArrayList<>();
            article.path("attributions").forEach(statements::add);
            articles.add(new Article(
                    file,
                    meta.path("title").asText(),
                    LocalDate.parse(meta.path("published").asText()),
                    List.copyOf(statements)));
        }
        return articles;
    }

    /** Which gold statement each predicted content matches, by index; unmatched ones are absent. */
    public static Map<Integer, Integer> match(List<String> predicted, List<JsonNode> golds) {
        return Scorer.match(predicted, golds);
    }

    public static boolean speakerRight(String predicted, JsonNode gold) {
        return Scorer.speakerOk(predicted, gold);
    }

    private static JsonNode entry(JsonNode metadata, String file) {
        for (JsonNode entry : metadata.path("articles")) {
            if (entry.path("file").asText().equals(file)) {
                return entry;
            }
        }
        throw new AssertionError("no metadata for " + file);
    }
}
