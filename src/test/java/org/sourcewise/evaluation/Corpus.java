package org.sourcewise.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sourcewise.analysis.StatementExtractor;
import org.sourcewise.cleaning.ArticleText;

/**
 * A gold set inside the project (src/test/resources/gold) with its articles, run through the engine on the
 * recorded parses (src/test/resources/parses), so corpus figures need no language models.
 */
public record Corpus(String name, Path gold, Path metadata, Path articles) {

    public static final Path PARSES = Path.of("src/test/resources/parses");
    public static final Corpus WIKINEWS_DEV = new Corpus(
            "Wikinews dev set",
            Path.of("src/test/resources/gold/wikinews-dev/gold.json"),
            Path.of("src/test/resources/gold/wikinews-dev/metadata.json"),
            Path.of("src/test/resources/gold/wikinews-dev/articles"));
    public static final Corpus SEEDS = new Corpus(
            "seeds",
            Path.of("src/test/resources/gold/seeds/gold.json"),
            Path.of("seeds/metadata.json"),
            Path.of("seeds"));

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode goldRoot() {
        return read(gold);
    }

    /** The engine's run over every article the gold names, as {@code extract} prints it. */
    public ObjectNode run(StatementExtractor extractor) {
        JsonNode meta = read(metadata);
        ObjectNode run = JSON.createObjectNode();
        ArrayNode list = run.putArray("articles");
        for (JsonNode article : goldRoot().path("articles")) {
            String file = article.path("file").asText();
            JsonNode entry = entry(meta, file);
            String title = entry.path("title").asText(null);
            LocalDate published = LocalDate.parse(entry.path("published").asText());
            try {
                ArticleText text = ArticleText.fromWebCopy(Files.readString(articles.resolve(file)), title);
                list.add(Runs.article(JSON, file, title, published, extractor.extract(text, published)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    public ObjectNode recordedRun() {
        return run(StatementExtractor.withRecordedParses(PARSES));
    }

    public Scorer.Figures score(JsonNode run) {
        return Scorer.score(goldRoot(), run);
    }

    private static JsonNode entry(JsonNode metadata, String file) {
        for (JsonNode entry : metadata.path("articles")) {
            if (entry.path("file").asText().equals(file)) {
                return entry;
            }
        }
        throw new IllegalStateException("no metadata for " + file);
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
