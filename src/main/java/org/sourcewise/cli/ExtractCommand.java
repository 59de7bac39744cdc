package org.sourcewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcewise.analysis.ArticleText;
import org.sourcewise.analysis.DatedEvent;
import org.sourcewise.analysis.ExtractionException;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementExtractor;

/**
 * {@code extract [--metadata META.json] FILE...}: prints who said what, and when, for each article file as
 * JSON on standard output (the shape score_attributions.py reads, with more fields). Files are web copies;
 * the metadata gives each file's title and publication date, without which no dates are resolved.
 */
final class ExtractCommand implements Commands.Command {

    private record Metadata(String title, LocalDate published) {
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, Metadata> metadata = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--metadata") && i + 1 < args.length) {
                metadata = readMetadata(Path.of(args[++i]));
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: extract [--metadata META.json] FILE...");
            return 2;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        int failures = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Metadata meta = metadata.getOrDefault(name, new Metadata(null, null));
            try {
                ArticleText text = ArticleText.fromWebCopy(Files.readString(file, StandardCharsets.UTF_8), meta.title());
                articles.add(article(json, name, meta, text, extractor.extract(text, meta.published())));
            } catch (NoSuchFileException e) {
                err.println(name + ": no such file");
                failures++;
            } catch (java.nio.charset.MalformedInputException e) {
                err.println(name + ": not UTF-8 text");
                failures++;
            } catch (ExtractionException e) {
                err.println(name + ": " + e.getMessage());
                failures++;
            }
        }
        out.println(json.writeValueAsString(root));
        return failures == 0 ? 0 : 1;
    }

    private static ObjectNode article(ObjectMapper json, String name, Metadata meta, ArticleText text,
                                      ExtractionResult result) {
        ObjectNode article = json.createObjectNode();
        article.put("file", name);
        article.put("title", meta.title());
        article.put("published", meta.published() == null ? null : meta.published().toString());
        ArrayNode attributions = article.putArray("attributions");
        for (Statement statement : result.statements()) {
            ObjectNode node = attributions.addObject();
            node.put("speaker", statement.speaker().name());
            node.put("role", statement.speaker().role());
            node.put("source_kind", statement.speaker().kind().name().toLowerCase(Locale.ROOT));
            node.put("content", statement.content());
            node.put("kind", statement.kind().name().toLowerCase(Locale.ROOT));
            node.put("said_on", statement.saidOn() == null ? null : statement.saidOn().toString());
            node.put("cue", statement.cue());
            node.putArray("content_span").add(statement.contentSpan().start()).add(statement.contentSpan().end());
            node.putArray("evidence").add(statement.evidence().start()).add(statement.evidence().end());
        }
        ArrayNode events = article.putArray("events");
        for (DatedEvent event : result.events()) {
            events.addObject().put("date", event.date().toString()).put("description", event.description());
        }
        return article;
    }

    private static Map<String, Metadata> readMetadata(Path path) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read metadata " + path + ": " + e.getMessage(), e);
        }
        Map<String, Metadata> byFile = new HashMap<>();
        for (JsonNode entry : root.path("articles")) {
            String published = entry.path("published").asText(null);
            LocalDate date = null;
            try {
                date = published == null || published.isBlank() ? null : LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new IOException("metadata for " + entry.path("file").asText() + ": published is not YYYY-MM-DD");
            }
            byFile.put(entry.path("file").asText(), new Metadata(entry.path("title").asText(null), date));
        }
        return byFile;
    }
}
