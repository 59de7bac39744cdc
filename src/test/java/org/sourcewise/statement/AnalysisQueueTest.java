package org.sourcewise.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.analysis.DatedEvent;
import org.sourcewise.analysis.ExtractionException;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.statement.AnalysisStore.Claim;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The analysis queue, which is the article_analysis table, with the real article service and store on H2 and (in the
 * PostgreSQL run) PostgreSQL. The engine is replaced by finders that quote the article's first paragraph, so that
 * what is stored can be checked against the text; two queues on one database stand for two nodes.
 */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
// The queue takes the job of every article in its database and stores what it found for each, so the class runs on a
// database of its own, where no other test's articles are: this property, which nothing reads, sets its context
// apart from the shared one, and the context is closed once the class is done.
@TestPropertySource(properties = "sourcewise.test.own-context=AnalysisQueueTest")
@DirtiesContext
class AnalysisQueueTest {

    private static final AnalysisSettings QUICK =
            new AnalysisSettings(true, Duration.ofSeconds(2), Duration.ofMillis(50));

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ArticleService articles;

    @Autowired
    private AnalysisStore store;

    @Autowired
    private ArticleAnalysisRepository jobs;

    @Autowired
    private StatementService statements;

    private final List<AnalysisQueue> nodes = new ArrayList<>();

    @BeforeEach
    void everyArticleQueuedAndNoNodeRunning() {
        jobs.requeueAll(List.of(AnalysisState.values()), Instant.now());
    }

    @AfterEach
    void stopTheNodes() throws Exception {
        for (AnalysisQueue node : nodes) {
            node.stop();
        }
        Thread.sleep(100);
    }

    private long articleId(String title) {
        return articles.findArticles(title).stream()
                .filter(a -> a.title().equals(title))
                .map(ArticleSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private static ExtractionResult firstParagraphSaidBy(String speaker, ArticleText text, LocalDate published) {
        String first = text.paragraphs().getFirst();
        Statement statement = new Statement(
                new Speaker(speaker, "British Foreign Secretary", SourceKind.PERSON),
                first,
                StatementKind.DIRECT,
                published,
                new Span(0, first.length()),
                new Span(0, first.length()),
                "said");
        return new ExtractionResult(
                List.of(statement),
                List.of(new DatedEvent(published, "the article was published", new Span(0, first.length()))));
    }

    private static ExtractionResult firstParagraphSaidByTruss(ArticleText text, LocalDate published) {
        return firstParagraphSaidBy("Liz Truss", text, published);
    }

    private AnalysisQueue startNode(StatementFinder finder) {
        AnalysisQueue node = new AnalysisQueue(articles, finder, store, QUICK);
        nodes.add(node);
        node.start();
        return node;
    }

    private AnalysisState stateOf(long articleId) {
        return jobs.findById(articleId).orElseThrow().getState();
    }

    @Test
    @WithMockUser(roles = "TEACHER")
    void storesWhatTheEngineFoundWithOffsetsIntoTheArticleText() throws Exception {
        long id = articleId("Russia starts drills in Belarus as Britain warns Moscow");
        AnalysisQueue queue = startNode(AnalysisQueueTest::firstParagraphSaidByTruss);

        queue.awaitIdle(Duration.ofSeconds(10));

        List<StoredStatement> found = statements.statementsOf(id);
        assertThat(found).hasSize(1);
        StoredStatement statement = found.getFirst();
        assertThat(statement.speakerName()).isEqualTo("Liz Truss");
        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2022, 2, 10));
        String text = articles.findForAnalysis(id).orElseThrow().text().text();
        assertThat(text.substring(statement.evidenceStart(), statement.evidenceEnd()))
                .isEqualTo(statement.content());
    }

    @Test
    @WithMockUser(roles = "TEACHER")
    void analysingAgainReplacesEarlierFindings() throws Exception {
        long id = articleId("Biden and Putin to hold video call as tensions over Ukraine rise");
        AnalysisQueue queue = startNode(AnalysisQueueTest::firstParagraphSaidByTruss);
        queue.awaitIdle(Duration.ofSeconds(10));

        queue.queue(id);
        queue.awaitIdle(Duration.ofSeconds(10));

        assertThat(statements.statementsOf(id)).hasSize(1);
    }

    @Test
    void aFailedAnalysisIsRecordedAndTheQueueGoesOn() throws Exception {
        long failing = articleId("US and Russia investigate Ukraine crisis while Blinken visits Kyiv");
        long next = articleId("Russia and Ukraine hold rival military exercises amid cautious optimism");
        String failingText =
                articles.findForAnalysis(failing).orElseThrow().text().text();
        AnalysisQueue queue = startNode((text, published) -> {
            if (text.text().equals(failingText)) {
                throw new ExtractionException("This text is too long to analyse.");
            }
            return firstParagraphSaidByTruss(text, published);
        });

        queue.awaitIdle(Duration.ofSeconds(10));

        assertThat(stateOf(failing)).isEqualTo(AnalysisState.FAILED);
        assertThat(jobs.findById(failing).orElseThrow().getMessage()).isEqualTo("This text is too long to analyse.");
        assertThat(stateOf(next)).isEqualTo(AnalysisState.DONE);
        assertThat(statements.progress().failed()).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "TEACHER")
    void anImportedArticleIsQueuedOnceItsImportCommitted() {
        long id = ArticleBuilder.anArticle(context)
                .titled("Queued at import")
                .text("The minister said the plan would go ahead.", LocalDate.of(2022, 2, 10))
                .create();

        assertThat(jobs.findById(id))
                .hasValueSatisfying(job -> assertThat(job.getState()).isEqualTo(AnalysisState.QUEUED));
    }

    @Test
    void twoNodesOnOneDatabaseAnalyseEachArticleExactlyOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        StatementFinder counting = (text, published) -> {
            runs.incrementAndGet();
            sleep(30);
            return firstParagraphSaidByTruss(text, published);
        };
        AnalysisQueue first = startNode(counting);
        startNode(counting);

        first.awaitIdle(Duration.ofSeconds(20));

        List<Long> all = articles.findAllIds();
        assertThat(runs).hasValue(all.size());
        assertThat(all).allSatisfy(id -> assertThat(stateOf(id)).isEqualTo(AnalysisState.DONE));
    }

    @Test
    void aJobWhoseNodeDiedIsTakenAgainAfterItsLeaseAndTheDeadNodeCannotStoreIt() throws Exception {
        Claim dead = store.claimNext("a-node-that-died", Duration.ofMillis(300), AnalysisQueue.MAX_RUNS)
                .orElseThrow();
        AnalysisQueue queue = startNode(AnalysisQueueTest::firstParagraphSaidByTruss);

        queue.awaitIdle(Duration.ofSeconds(10));

        assertThat(stateOf(dead.articleId())).isEqualTo(AnalysisState.DONE);
        assertThat(jobs.findById(dead.articleId()).orElseThrow().getRuns()).isEqualTo(2);
        var article = articles.findForAnalysis(dead.articleId()).orElseThrow();
        assertThat(store.replaceFindings(
                        article, firstParagraphSaidBy("Nobody", article.text(), article.publishedOn()), dead))
                .isFalse();
    }

    @Test
    @WithMockUser(roles = "TEACHER")
    void aTextQueuedAgainDuringItsAnalysisIsAnalysedAgainAndTheOlderRunStoresNothing() throws Exception {
        long id = articleId("Russia starts drills in Belarus as Britain warns Moscow");
        String target = articles.findForAnalysis(id).orElseThrow().text().text();
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger targetRuns = new AtomicInteger();
        AnalysisQueue queue = startNode((text, published) -> {
            if (!text.text().equals(target)) {
                return firstParagraphSaidByTruss(text, published);
            }
            int run = targetRuns.incrementAndGet();
            if (run == 1) {
                firstRunStarted.countDown();
                await(release);
            }
            return firstParagraphSaidBy("Run " + run, text, published);
        });
        assertThat(firstRunStarted.await(10, TimeUnit.SECONDS)).isTrue();

        queue.queue(id);
        release.countDown();
        queue.awaitIdle(Duration.ofSeconds(10));

        assertThat(targetRuns).hasValue(2);
        assertThat(statements.statementsOf(id))
                .extracting(StoredStatement::speakerName)
                .containsExactly("Run 2");
    }

    @Test
    void aJobAbandonedOnEveryAllowedRunIsFailedWithAMessage() {
        long id = articleId("Biden and Putin to hold video call as tensions over Ukraine rise");
        Instant start = Instant.now().minusSeconds(60);
        for (int run = 0; run < AnalysisQueue.MAX_RUNS; run++) {
            Instant at = start.plusSeconds(run * 2L);
            assertThat(jobs.claim(id, "dying-node#" + run, at, at.plusSeconds(1), AnalysisQueue.MAX_RUNS))
                    .isEqualTo(1);
        }

        store.claimNext("a-live-node", Duration.ofMillis(100), AnalysisQueue.MAX_RUNS);

        assertThat(stateOf(id)).isEqualTo(AnalysisState.FAILED);
        assertThat(jobs.findById(id).orElseThrow().getMessage())
                .startsWith("Analysis stopped 3 times before it finished");
    }

    @Test
    void statementsAreNotShownToAnonymousVisitors() {
        long id = articleId("Russia starts drills in Belarus as Britain warns Moscow");

        assertThatThrownBy(() -> statements.statementsOf(id))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "STUDENT")
    void statementsAreNotShownToStudents() {
        long id = articleId("Russia starts drills in Belarus as Britain warns Moscow");

        assertThatThrownBy(() -> statements.statementsOf(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
