package org.sourcewise.statement;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleForAnalysis;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleTextChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the statements of articles on one background thread, so that no request ever waits for the
 * language models and the server stays responsive while a whole library is analysed. Articles are queued
 * when their text changes and, at start, when an earlier run did not finish them.
 */
@Component
class AnalysisQueue {

    private static final Logger log = LoggerFactory.getLogger(AnalysisQueue.class);

    private final ArticleService articles;
    private final StatementFinder finder;
    private final AnalysisStore store;
    private final boolean enabled;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "article-analysis");
        thread.setDaemon(true);
        return thread;
    });

    AnalysisQueue(ArticleService articles, StatementFinder finder, AnalysisStore store,
                  @Value("${sourcewise.analysis.enabled:true}") boolean enabled) {
        this.articles = articles;
        this.finder = finder;
        this.store = store;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void queueUnfinishedArticles() {
        List<Long> unfinished = store.articlesNotDone(articles.findAllIds());
        if (!unfinished.isEmpty()) {
            log.info("Queueing {} article(s) for analysis", unfinished.size());
        }
        unfinished.forEach(this::queue);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onTextChanged(ArticleTextChanged event) {
        queue(event.articleId());
    }

    void queue(long articleId) {
        if (!queued.add(articleId)) {
            return;
        }
        store.markQueued(articleId);
        if (enabled) {
            worker.submit(() -> analyse(articleId));
        }
    }

    private void analyse(long articleId) {
        // Leaving the set first lets a text change during this run queue the article again.
        queued.remove(articleId);
        ArticleForAnalysis article = articles.findForAnalysis(articleId).orElse(null);
        if (article == null) {
            return;
        }
        store.markRunning(articleId);
        try {
            ExtractionResult result = finder.find(article.text(), article.publishedOn());
            store.replaceFindings(article, result);
            log.info("Article {}: {} statement(s), {} dated event(s)", articleId,
                    result.statements().size(), result.events().size());
        } catch (RuntimeException e) {
            log.warn("Analysis of article {} failed", articleId, e);
            store.markFailed(articleId, AnalysisFailure.describe(e));
        }
    }

    /** Waits until every article queued so far has been analysed; for tests and orderly shutdown. */
    void awaitIdle(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
