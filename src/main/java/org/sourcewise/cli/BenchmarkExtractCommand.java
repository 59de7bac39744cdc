package org.sourcewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sourcewise.analysis.ArticleText;
import org.sourcewise.analysis.StatementExtractor;

/**
 * {@code benchmark-extract --metadata META.json FILE...}: model load time, warm words per second on one
 * thread (after one warm-up pass over the files), and peak heap. Figures, not pass or fail.
 */
final class BenchmarkExtractCommand implements Commands.Command {

    private record Article(ArticleText text, LocalDate published) {
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<Article> articles = new ArrayList<>();
        JsonNode metadata = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--metadata") && i + 1 < args.length) {
                metadata = new ObjectMapper().readTree(Path.of(args[++i]).toFile());
            } else {
                Path file = Path.of(args[i]);
                JsonNode meta = find(metadata, file.getFileName().toString());
                articles.add(new Article(ArticleText.fromWebCopy(Files.readString(file), meta == null ? null : meta.path("title").asText()),
                        meta == null ? null : LocalDate.parse(meta.path("published").asText())));
            }
        }
        if (articles.isEmpty()) {
            err.println("usage: benchmark-extract --metadata META.json FILE...");
            return 2;
        }
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        long start = System.nanoTime();
        extractor.extract(new ArticleText("The minister said the plan would work."), null);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        articles.forEach(a -> extractor.extract(a.text(), a.published()));
        int rounds = 3;
        long words = 0;
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Article article : articles) {
                extractor.extract(article.text(), article.published());
                words += article.text().wordCount();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        out.printf("model load (first article, includes loading): %.1f s%n", loadSeconds);
        out.printf("warm throughput: %.0f words/s (%d words in %.1f s, %d rounds, one thread)%n", words / seconds, words,
                seconds, rounds);
        out.printf("peak heap: %d MB%n", peakHeap / (1024 * 1024));
        return 0;
    }

    private static JsonNode find(JsonNode metadata, String file) {
        if (metadata != null) {
            for (JsonNode entry : metadata.path("articles")) {
                if (entry.path("file").asText().equals(file)) {
                    return entry;
                }
            }
        }
        return null;
    }
}
