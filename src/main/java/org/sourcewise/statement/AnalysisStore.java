package org.sourcewise.statement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleForAnalysis;
import org.sourcewise.bank.QuestionBankWriter;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The analysis jobs and findings of articles; each method is one transaction. */
@Component
@Transactional
class AnalysisStore {

    private static final Logger log = LoggerFactory.getLogger(AnalysisStore.class);
    /** Enough to find a free job when a few nodes look at once; each claim is tried in turn. */
    private static final int TAKEABLE_LOOKED_AT = 8;

    private static final AtomicLong CLAIMS = new AtomicLong();

    private final ArticleAnalysisRepository analyses;
    private final ArticleStatementRepository statements;
    private final ArticleEventRepository events;
    private final QuestionBankWriter bank;

    AnalysisStore(
            ArticleAnalysisRepository analyses,
            ArticleStatementRepository statements,
            ArticleEventRepository events,
            QuestionBankWriter bank) {
        this.analyses = analyses;
        this.statements = statements;
        this.events = events;
        this.bank = bank;
    }

    /** A claim of one article's job by one run of one node. */
    record Claim(long articleId, String token) {}

    @Transactional(readOnly = true)
    List<Long> articlesWithoutJob(List<Long> articleIds) {
        Set<Long> withJob = Set.copyOf(analyses.findAllArticleIds());
        return articleIds.stream().filter(id -> !withJob.contains(id)).toList();
    }

    /**
     * A new queued job; fails with DataIntegrityViolationException when another node made it first, which the caller
     * takes as done (its transaction is this one alone, so nothing else is undone with it).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void createJob(long articleId) {
        analyses.insertQueued(articleId, Instant.now());
    }

    /**
     * Queues the job again, whatever its state; false when the article has no job yet. Like createJob, a transaction
     * of its own: a text change is queued after its transaction committed, when joining that one would change nothing.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean requeue(long articleId) {
        return analyses.requeue(articleId, List.of(AnalysisState.values()), Instant.now()) > 0;
    }

    /** Gives every failed job another try (a newer engine may manage), leaving all other jobs as they are. */
    int requeueFailed() {
        return analyses.requeueAll(List.of(AnalysisState.FAILED), Instant.now());
    }

    /**
     * Takes the oldest job no node holds, for {@code lease}; first gives up on jobs whose every allowed run was
     * abandoned. Empty when there is none, or other nodes won every one looked at.
     */
    Optional<Claim> claimNext(String claimant, Duration lease, int maxRuns) {
        Instant now = Instant.now();
        int givenUp = analyses.giveUpOnAbandoned(
                maxRuns,
                "Analysis stopped " + maxRuns + " times before it finished;"
                        + " the text may be too much for the server. Shorten it, or ask the administrator.",
                now);
        if (givenUp > 0) {
            log.warn("Gave up on {} article analysis job(s) abandoned {} times", givenUp, maxRuns);
        }
        for (long articleId : analyses.findTakeable(now, Limit.of(TAKEABLE_LOOKED_AT))) {
            String token = claimant + "#" + CLAIMS.incrementAndGet();
            if (analyses.claim(articleId, token, now, now.plus(lease), maxRuns) == 1) {
                return Optional.of(new Claim(articleId, token));
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    long unfinishedJobs() {
        return analyses.countByStateIn(List.of(AnalysisState.QUEUED, AnalysisState.RUNNING));
    }

    /** False when the claim no longer holds (the text changed, or the lease ran out and another node took it). */
    boolean extendLease(Claim claim, Duration lease) {
        return analyses.extendLease(
                        claim.articleId(), claim.token(), Instant.now().plus(lease))
                == 1;
    }

    void markFailed(Claim claim, String message) {
        analyses.finish(claim.articleId(), claim.token(), AnalysisState.FAILED, message, Instant.now());
    }

    /**
     * Replaces whatever an earlier analysis found, so that findings always match the current text, and brings the
     * article's question bank in step with them; false, storing nothing, when the claim no longer holds. Ending the
     * claim comes first: it locks the job's row, so a text change queued meanwhile waits and queues it again after.
     */
    boolean replaceFindings(ArticleForAnalysis article, ExtractionResult result, Claim claim) {
        long articleId = article.id();
        if (analyses.finish(articleId, claim.token(), AnalysisState.DONE, null, Instant.now()) == 0) {
            return false;
        }
        statements.deleteByArticleId(articleId);
        events.deleteByArticleId(articleId);
        for (int i = 0; i < result.statements().size(); i++) {
            statements.save(
                    new ArticleStatement(articleId, i, result.statements().get(i)));
        }
        for (int i = 0; i < result.events().size(); i++) {
            events.save(new ArticleEvent(articleId, i, result.events().get(i)));
        }
        bank.regenerate(articleId, article.text(), article.publishedOn(), result, library(articleId));
        return true;
    }

    /** Generates the article's questions again from its stored findings, as a teacher has corrected them. */
    void regenerateQuestions(ArticleForAnalysis article) {
        ExtractionResult stored = new ExtractionResult(
                statements.findByArticleIdOrderByPosition(article.id()).stream()
                        .map(ArticleStatement::found)
                        .toList(),
                events.findByArticleIdOrderByPosition(article.id()).stream()
                        .map(ArticleEvent::found)
                        .toList());
        bank.regenerate(article.id(), article.text(), article.publishedOn(), stored, library(article.id()));
    }

    /** What the other articles said, as far as they have been analysed: the pool of wrong answers. */
    private List<ExtractionResult> library(long articleId) {
        return statements.findByArticleIdNotOrderByArticleIdAscPositionAsc(articleId).stream()
                .collect(Collectors.groupingBy(ArticleStatement::getArticleId, TreeMap::new, Collectors.toList()))
                .values()
                .stream()
                .map(found -> new ExtractionResult(
                        found.stream().map(ArticleStatement::found).toList(), List.of()))
                .toList();
    }
}
