package org.sourcewise.statement;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis jobs. Every change is a conditional update in a transaction of its own, or of the store method that
 * calls it, so that a claim is won by one node only (decision 0012).
 */
interface ArticleAnalysisRepository extends JpaRepository<ArticleAnalysis, Long> {

    long countByState(AnalysisState state);

    long countByStateIn(List<AnalysisState> states);

    @Query("select a.articleId from ArticleAnalysis a")
    List<Long> findAllArticleIds();

    /** Insert only: a job another node made meanwhile is never overwritten (the key refuses the second). */
    @Modifying
    @Transactional
    @Query(
            value =
                    "insert into article_analysis (article_id, state, updated_at, runs) values (:id, 'QUEUED', :now, 0)",
            nativeQuery = true)
    void insertQueued(@Param("id") long articleId, @Param("now") Instant now);

    /** Jobs a node may take: queued ones, and running ones whose node let the lease run out; oldest first. */
    @Query("""
            select a.articleId from ArticleAnalysis a
            where a.state = org.sourcewise.statement.AnalysisState.QUEUED
               or (a.state = org.sourcewise.statement.AnalysisState.RUNNING and a.leaseUntil < :now)
            order by a.updatedAt, a.articleId""")
    List<Long> findTakeable(@Param("now") Instant now, Limit limit);

    /** Takes one job if it is still takeable; 1 when this claim won it, 0 when another node was first. */
    @Modifying
    @Transactional
    @Query("""
            update ArticleAnalysis a set a.state = org.sourcewise.statement.AnalysisState.RUNNING,
                a.claimedBy = :claim, a.leaseUntil = :until, a.runs = a.runs + 1, a.message = null, a.updatedAt = :now
            where a.articleId = :id
              and (a.state = org.sourcewise.statement.AnalysisState.QUEUED
                   or (a.state = org.sourcewise.statement.AnalysisState.RUNNING and a.leaseUntil < :now))
              and a.runs < :maxRuns""")
    int claim(
            @Param("id") long articleId,
            @Param("claim") String claim,
            @Param("now") Instant now,
            @Param("until") Instant until,
            @Param("maxRuns") int maxRuns);

    @Modifying
    @Transactional
    @Query("""
            update ArticleAnalysis a set a.leaseUntil = :until
            where a.articleId = :id and a.claimedBy = :claim
              and a.state = org.sourcewise.statement.AnalysisState.RUNNING""")
    int extendLease(@Param("id") long articleId, @Param("claim") String claim, @Param("until") Instant until);

    /** Ends a claim that still holds; 0 when the text changed meanwhile and the job was queued again. */
    @Modifying
    @Transactional
    @Query("""
            update ArticleAnalysis a set a.state = :state, a.message = :message, a.claimedBy = null,
                a.leaseUntil = null, a.updatedAt = :now
            where a.articleId = :id and a.claimedBy = :claim
              and a.state = org.sourcewise.statement.AnalysisState.RUNNING""")
    int finish(
            @Param("id") long articleId,
            @Param("claim") String claim,
            @Param("state") AnalysisState state,
            @Param("message") @Nullable String message,
            @Param("now") Instant now);

    /** Queues a job again for a new text, or for another try: whoever runs it now loses the claim. */
    @Modifying
    @Transactional
    @Query("""
            update ArticleAnalysis a set a.state = org.sourcewise.statement.AnalysisState.QUEUED, a.message = null,
                a.claimedBy = null, a.leaseUntil = null, a.runs = 0, a.updatedAt = :now
            where a.articleId = :id and a.state in :from""")
    int requeue(@Param("id") long articleId, @Param("from") List<AnalysisState> from, @Param("now") Instant now);

    @Modifying
    @Transactional
    @Query("""
            update ArticleAnalysis a set a.state = org.sourcewise.statement.AnalysisState.QUEUED, a.message = null,
                a.claimedBy = null, a.leaseUntil = null, a.runs = 0, a.updatedAt = :now
            where a.state in :from""")
    int requeueAll(@Param("from") List<AnalysisState> from, @Param("now") Instant now);

    /** Jobs whose lease ran out after their last allowed run: a text that stopped every node that tried it. */
    @Modifying
    @Transactional
    @Query("""
            update ArticleAnalysis a set a.state = org.sourcewise.statement.AnalysisState.FAILED, a.message = :message,
                a.claimedBy = null, a.leaseUntil = null, a.updatedAt = :now
            where a.state = org.sourcewise.statement.AnalysisState.RUNNING and a.leaseUntil < :now
              and a.runs >= :maxRuns""")
    int giveUpOnAbandoned(@Param("maxRuns") int maxRuns, @Param("message") String message, @Param("now") Instant now);
}
