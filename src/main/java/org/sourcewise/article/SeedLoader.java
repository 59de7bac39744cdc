package org.sourcewise.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.cluster.StartupJob;
import org.sourcewise.cluster.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed articles into the database at start. Idempotent: a seed already loaded is recognised
 * by its file name, refreshed only when its file or the cleaning rules changed, and never touched again
 * once a teacher has edited it in the app. Nodes that share a database load one after another (StartupLock), so a
 * seed is added once however many start together.
 */
@Component
@EnableConfigurationProperties(SeedSettings.class)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final SeedCatalog catalog;
    private final StartupLock lock;

    SeedLoader(
            ArticleRepository articles,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            ResourcePatternResolver resolver,
            SeedSettings seeds,
            StartupLock lock) {
        this.articles = articles;
        this.events = events;
        this.transaction = transaction;
        this.catalog = new SeedCatalog(resolver, seeds.location());
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<SeedArticle> seeds = catalog.read();
        SeedReport report = lock.whileHolding(StartupJob.SEEDS, () -> {
            SeedReport counts = new SeedReport();
            for (SeedArticle seed : seeds) {
                transaction.executeWithoutResult(status -> load(seed, counts));
            }
            return counts;
        });
        log.info("Seed articles: {}", report);
    }

    private void load(SeedArticle seed, SeedReport report) {
        String hash = sha256(seed.rawText());
        Article existing = articles.findBySeedFile(seed.file()).orElse(null);
        if (existing == null) {
            Article article = new Article(seed.details(), seed.rawText());
            article.markAsSeed(seed.file(), hash);
            articles.save(article);
            events.publishEvent(new ArticleTextChanged(article.getId()));
            report.added++;
        } else if (existing.isEditedByTeacher()) {
            report.keptAsEdited++;
        } else if (existing.refreshFromSeed(seed.details(), seed.rawText(), hash)) {
            events.publishEvent(new ArticleTextChanged(existing.getId()));
            report.refreshed++;
        } else {
            report.unchanged++;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static final class SeedReport {
        int added;
        int refreshed;
        int unchanged;
        int keptAsEdited;

        @Override
        public String toString() {
            return added + " added, " + refreshed + " refreshed, " + unchanged + " unchanged, " + keptAsEdited
                    + " kept as edited by a teacher";
        }
    }
}
