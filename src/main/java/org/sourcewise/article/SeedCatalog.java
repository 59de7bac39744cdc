package org.sourcewise.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.cleaning.TextBytes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the seed articles: every {@code .txt} file in one folder, described by the {@code metadata.json}
 * beside them (title, source, publication date per file). A file that cannot be read is skipped with a
 * warning, so that one bad seed never stops the app from starting.
 */
public final class SeedCatalog {

    private static final Logger log = LoggerFactory.getLogger(SeedCatalog.class);

    private final ResourcePatternResolver resolver;
    private final String location;

    SeedCatalog(ResourcePatternResolver resolver, String location) {
        this.resolver = resolver;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /**
     * The files at a seeds location (as {@code sourcewise.seeds.location} gives it) that load as articles: what a
     * quiz file's header may name. For check-quiz, which has no database to ask.
     */
    public static Set<String> fileNames(String location) throws IOException {
        return new SeedCatalog(new PathMatchingResourcePatternResolver(), location)
                .read().stream().map(SeedArticle::file).collect(Collectors.toUnmodifiableSet());
    }

    List<SeedArticle> read() throws IOException {
        Map<String, ArticleDetails> metadata = readMetadata();
        List<SeedArticle> seeds = new ArrayList<>();
        Resource[] files = resolver.getResources(location + "*.txt");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            String name = Objects.requireNonNull(file.getFilename(), "a seed is a file");
            try {
                String raw = decodeUtf8(file.getContentAsByteArray());
                if (raw.isBlank()) {
                    log.warn("Seed {} is empty and was skipped", name);
                    continue;
                }
                ArticleDetails details = metadata.get(name);
                if (details == null) {
                    log.warn(
                            "Seed {} has no entry in metadata.json; its title is the file name and it has no date",
                            name);
                    details = new ArticleDetails(name, null, null, null);
                }
                seeds.add(new SeedArticle(name, details, raw));
            } catch (IOException e) {
                log.warn("Seed {} could not be read and was skipped: {}", name, e.getMessage());
            }
        }
        return seeds;
    }

    private Map<String, ArticleDetails> readMetadata() throws IOException {
        Resource resource = resolver.getResource(location + "metadata.json");
        Map<String, ArticleDetails> byFile = new HashMap<>();
        if (!resource.exists()) {
            log.warn("No metadata.json in {}; seeds get their file name as title", location);
            return byFile;
        }
        JsonNode root = new ObjectMapper().readTree(resource.getContentAsByteArray());
        for (JsonNode entry : root.path("articles")) {
            String file = entry.path("file").asText("");
            if (file.isEmpty()) {
                continue;
            }
            byFile.put(
                    file,
                    new ArticleDetails(
                            entry.path("title").asText(file),
                            textOrNull(entry, "source"),
                            textOrNull(entry, "url"),
                            dateOrNull(file, textOrNull(entry, "published"))));
        }
        return byFile;
    }

    private static @Nullable String textOrNull(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static @Nullable LocalDate dateOrNull(String file, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            log.warn("Seed {} has a publication date that is not YYYY-MM-DD ({}); it is left empty", file, text);
            return null;
        }
    }

    private static String decodeUtf8(byte[] bytes) throws IOException {
        try {
            return TextBytes.text(bytes);
        } catch (TextBytes.NotText e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
