package org.sourcewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.ExtractionException;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.StatementExtractor;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.evaluation.Runs;

/**
 * The article files a command was given, with their titles and publication dates from {@code --metadata
 * META.json} (the shape of the seeds' metadata.json); a file the metadata does not list has neither.
 * Flags a command accepts besides {@code --metadata} are collected, not treated as files. With {@code --parses DIR}
 * the engine reads recorded parses from DIR instead of loading language models.
 */
record ArticleFiles(
        List<ArticleFiles.Entry> entries,
        Set<String> flags,
        @Nullable Path parses) {

    record Entry(
            String name,
            @Nullable String title,
            @Nullable LocalDate published,
            @Nullable Path path) {

        /** The file's text, cleaned as web copy. */
        ArticleText read() throws IOException {
            return ArticleText.fromWebCopy(
                    TextFiles.read(Objects.requireNonNull(path, "only an article given as a file is read")), title);
        }
    }

    /** A file read and analysed. */
    record Analysed(Entry file, ArticleText text, ExtractionResult result) {}

    /** Analysed articles as a run in the scorer's format ({@code {"articles": [...]}}), as extract prints it. */
    static ObjectNode asRun(ObjectMapper json, List<Analysed> analysed) {
        ObjectNode run = json.createObjectNode();
        ArrayNode articles = run.putArray("articles");
        for (Analysed article : analysed) {
            articles.add(Runs.article(
                    json,
                    article.file().name(),
                    article.file().title(),
                    article.file().published(),
                    article.result()));
        }
        return run;
    }

    /** The engine these files are analysed with: recorded parses when {@code --parses} names a folder, else CoreNLP. */
    StatementExtractor extractor() {
        return parses == null ? StatementExtractor.withCoreNlp() : StatementExtractor.withRecordedParses(parses);
    }

    /** Each file read and analysed; one that cannot be is named on {@code err} with the reason and left out. */
    List<Analysed> analyse(StatementExtractor extractor, PrintStream err) {
        List<Analysed> analysed = new ArrayList<>();
        for (Entry file : entries) {
            try {
                ArticleText text = file.read();
                analysed.add(new Analysed(file, text, extractor.extract(text, file.published())));
            } catch (IOException e) {
                err.println(file.name() + ": " + TextFiles.problem(e));
            } catch (ExtractionException e) {
                err.println(file.name() + ": " + e.getMessage());
            }
        }
        return analysed;
    }

    static ArticleFiles fromArgs(String[] args, Set<String> knownFlags) throws IOException {
        Map<String, Entry> metadata = new HashMap<>();
        List<Path> files = new ArrayList<>();
        Set<String> flags = new java.util.TreeSet<>();
        Path parses = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--metadata") && i + 1 < args.length) {
                metadata = readMetadata(Path.of(args[++i]));
            } else if (args[i].equals("--parses") && i + 1 < args.length) {
                parses = Path.of(args[++i]);
            } else if (knownFlags.contains(args[i])) {
                flags.add(args[i]);
            } else if (args[i].startsWith("--")) {
                throw new IOException("unknown option " + args[i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Entry meta = metadata.get(name);
            entries.add(
                    new Entry(name, meta == null ? null : meta.title(), meta == null ? null : meta.published(), file));
        }
        return new ArticleFiles(List.copyOf(entries), Set.copyOf(flags), parses);
    }

    private static Map<String, Entry> readMetadata(Path path) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read metadata " + path + ": " + e.getMessage(), e);
        }
        Map<String, Entry> byFile = new HashMap<>();
        for (JsonNode entry : root.path("articles")) {
            String file = entry.path("file").asText();
            String published = entry.path("published").asText(null);
            LocalDate date;
            try {
                date = published == null || published.isBlank() ? null : LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new IOException("metadata for " + file + ": published is not YYYY-MM-DD");
            }
            byFile.put(file, new Entry(file, entry.path("title").asText(null), date, null));
        }
        return byFile;
    }
}
