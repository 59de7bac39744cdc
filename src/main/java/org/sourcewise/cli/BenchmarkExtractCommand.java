package org.sourcewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.StatementExtractor;
import org.sourcewise.cleaning.ArticleText;

/**
 * {@code benchmark-extract --metadata META.json FILE...}: model load time, warm words per second on one
 * thread (the median of several rounds, after warm-up passes over the files), and peak and live heap. Figures, not pass or fail.
 */
final class BenchmarkExtractCommand implements Commands.Command {

    private static final int WARM_UP_PASSES = 5;
    private static final int ROUNDS = 7;

    private record Article(ArticleText text, @Nullable LocalDate published) {}

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (ArticleFiles.Entry file : ArticleFiles.fromArgs(args, Set.of()).entries()) {
            articles.add(new Article(file.read(), file.published()));
        }
        if (articles.isEmpty()) {
            err.println("usage: benchmark-extract --metadata META.json FILE...");
            return 2;
        }
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        long start = System.nanoTime();
        extractor.extract(new ArticleText("The minister said the plan would work."), null);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        // the parser's inner loops reach full speed only after the JIT has seen them a few thousand times
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            articles.forEach(a -> extractor.extract(a.text(), a.published()));
        }
        long words = articles.stream().mapToLong(a -> a.text().wordCount()).sum();
        double[] rates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            start = System.nanoTime();
            articles.forEach(a -> extractor.extract(a.text(), a.published()));
            rates[round] = words / ((System.nanoTime() - start) / 1e9);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf("model load (first article, includes loading): %.1f s%n", loadSeconds);
        out.printf(
                "warm throughput: %.0f words/s median of %d rounds of %d words, one thread (rounds: %s)%n",
                sorted[ROUNDS / 2],
                ROUNDS,
                words,
                Arrays.stream(rates).mapToObj(r -> String.format("%.0f", r)).collect(Collectors.joining(", ")));
        out.printf(
                "peak heap: %d MB (the collector lets the heap grow to its limit before collecting; "
                        + "run with -Xmx to bound it); live heap after a collection: %d MB%n",
                peakHeap / (1024 * 1024), liveHeap / (1024 * 1024));
        return 0;
    }
}
