package org.sourcewise.statement;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleForAnalysis;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleTextChanged;
import org.sourcewise.statement.AnalysisStore.Claim;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the statements of articles in the background, so that no request ever waits for the language models. The
 * queue is the article_analysis table (decision 0012): an article is queued when its text changes and, at start,
 * when it has no job yet or its last one failed; every node sharing the database runs one analysis thread that takes
 * the oldest job no node holds. A claim lasts a lease that the running node renews; a node that dies leaves its job
 * to whichever node looks next after the lease runs out, and a job abandoned {@value #MAX_RUNS} times is failed.
 */
@Component
@EnableConfigurationProperties(AnalysisSettings.class)
class AnalysisQueue {

    private static final Logger log = LoggerFactory.getLogger(AnalysisQueue.class);
    static final int MAX_RUNS = 3;

    private final ArticleService articles;
    private final StatementFinder finder;
    private final AnalysisStore store;
    private final AnalysisSettings settings;
    private final String node;
    private final AtomicBoolean started = new AtomicBoolean();
    private final Object wake = new Object();
    private final ScheduledExecutorService renewals;
    private volatile boolean stopped;
    private @Nullable Thread worker;

    AnalysisQueue(ArticleService articles, StatementFinder finder, AnalysisStore store, AnalysisSettings settings) {
        this.articles = articles;
        this.finder = finder;
        this.store = store;
        this.settings = settings;
        this.node = nodeName();
        this.renewals = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "analysis-lease"));
    }

    /** Host and process: what an administrator looks for when a job seems stuck. */
    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (UnknownHostException e) {
            return "node/" + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        List<Long> all = articles.findAllIds();
        List<Long> missing = store.articlesWithoutJob(all);
        if (!missing.isEmpty()) {
            log.info("Queueing {} article(s) for analysis", missing.size());
        }
        missing.forEach(this::createJob);
        int retried = store.requeueFailed();
        if (retried > 0) {
            log.info("Queueing {} article(s) whose analysis failed before for another try", retried);
        }
        if (settings.enabled() && started.compareAndSet(false, true)) {
            worker = daemon(this::work, "article-analysis");
            worker.start();
            log.info("Analysis jobs are taken by {}", node);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onTextChanged(ArticleTextChanged event) {
        queue(event.articleId());
    }

    /** Queues the article's analysis, stopping any run of an older text from storing what it found. */
    void queue(long articleId) {
        if (!store.requeue(articleId)) {
            createJob(articleId);
        }
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void createJob(long articleId) {
        try {
            store.createJob(articleId);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            store.requeue(articleId);
        }
    }

    private void work() {
        while (!stopped) {
            try {
                Optional<Claim> claim = store.claimNext(node, settings.lease(), MAX_RUNS);
                if (claim.isPresent()) {
                    run(claim.get());
                } else {
                    synchronized (wake) {
                        wake.wait(settings.poll().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the jobs wait in it, so the thread looks again later.
                log.warn("Looking for analysis jobs failed; trying again in {}", settings.poll(), e);
                sleep(settings.poll());
            }
        }
    }

    private void run(Claim claim) {
        long articleId = claim.articleId();
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(
                () -> renew(claim),
                settings.renewEvery().toMillis(),
                settings.renewEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            Optional<ArticleForAnalysis> article = articles.findForAnalysis(articleId);
            if (article.isEmpty()) {
                return;
            }
            ExtractionResult result =
                    finder.find(article.get().text(), article.get().publishedOn());
            if (store.replaceFindings(article.get(), result, claim)) {
                log.info(
                        "Article {}: {} statement(s), {} dated event(s)",
                        articleId,
                        result.statements().size(),
                        result.events().size());
            } else {
                log.info("Article {} changed while it was analysed; its new text is queued", articleId);
            }
        } catch (RuntimeException e) {
            log.warn("Analysis of article {} failed", articleId, e);
            store.markFailed(claim, AnalysisFailure.describe(e));
        } finally {
            renewal.cancel(false);
        }
    }

    private void renew(Claim claim) {
        try {
            if (!store.extendLease(claim, settings.lease())) {
                log.info(
                        "Article {}'s analysis was queued again or taken over; this run's findings will be dropped",
                        claim.articleId());
            }
        } catch (RuntimeException e) {
            log.warn("Renewing the claim on article {}'s analysis failed", claim.articleId(), e);
        }
    }

    /** Waits until no job is queued or running, on any node; for tests. */
    void awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
        Instant giveUp = Instant.now().plus(timeout);
        while (store.unfinishedJobs() > 0) {
            if (Instant.now().isAfter(giveUp)) {
                throw new TimeoutException(
                        store.unfinishedJobs() + " analysis job(s) still unfinished after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        renewals.shutdownNow();
        if (worker != null) {
            worker.interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
