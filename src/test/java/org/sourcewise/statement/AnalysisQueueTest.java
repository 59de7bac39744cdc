package org.sourcewise.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.cleaning.ArticleText;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The background queue with the real article service and H2 store. The engine is replaced by a finder
 * that quotes the article's first paragraph, so that what is stored can be checked against the text.
 */
@Tier.Spring
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class AnalysisQueueTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private AnalysisStore store;

    @Autowired
    private StatementService statements;

    private long articleId(String title) {
        return articles.findArticles(title).stream().filter(a -> a.title().equals(title))
                .map(ArticleSummary::id).findFirst().orElseThrow();
    }

    private static ExtractionResult firstParagraphSaidByTruss(ArticleText text, LocalDate published) {
        String first = text.paragraphs().getFirst();
        Statement statement = new Statement(new Speaker("Liz Truss", "British Foreign Secretary", SourceKind.PERSON),
                first, StatementKind.DIRECT, published, new Span(0, first.length()), new Span(0, first.length()), "said");
        return new ExtractionResult(List.of(statement),
                List.of(new DatedEvent(published, "the article was published", new Span(0, first.length()))));
    }

    private AnalysisQueue queueWith(StatementFinder finder) {
        return new AnalysisQueue(articles, finder, store, true);
    }

    @Test
    @WithMockUser(roles = "TEACHER")
    void storesWhatTheEngineFoundWithOffsetsIntoTheArticleText() throws Exception {
        long id = articleId("Russia starts drills in Belarus as Britain warns Moscow");
        AnalysisQueue queue = queueWith(AnalysisQueueTest::firstParagraphSaidByTruss);

        queue.queue(id);
        queue.awaitIdle(Duration.ofSeconds(10));

        List<StatementView> found = statements.statementsOf(id);
        assertThat(found).hasSize(1);
        StatementView statement = found.getFirst();
        assertThat(statement.speakerName()).isEqualTo("Liz Truss");
        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2022, 2, 10));
        String text = articles.findForAnalysis(id).orElseThrow().text().text();
        assertThat(text.substring(statement.evidenceStart(), statement.evidenceEnd())).isEqualTo(statement.content());
    }

    @Test
    @WithMockUser(roles = "TEACHER")
    void analysingAgainReplacesEarlierFindings() throws Exception {
        long id = articleId("Biden and Putin to hold video call as tensions over Ukraine rise");
        AnalysisQueue queue = queueWith(AnalysisQueueTest::firstParagraphSaidByTruss);
        queue.queue(id);
        queue.awaitIdle(Duration.ofSeconds(10));

        queue.queue(id);
        queue.awaitIdle(Duration.ofSeconds(10));

        assertThat(statements.statementsOf(id)).hasSize(1);
    }

    @Test
    void failedAnalysisIsCountedAndKeepsTheQueueRunning() throws Exception {
        long failing = articleId("US and Russia investigate Ukraine crisis while Blinken visits Kyiv");
        long next = articleId("Russia and Ukraine hold rival military exercises amid cautious optimism");
        AtomicInteger calls = new AtomicInteger();
        AnalysisQueue queue = queueWith((text, published) -> {
            if (calls.getAndIncrement() == 0) {
                throw new ExtractionException("This text is too long to analyse.");
            }
            return firstParagraphSaidByTruss(text, published);
        });
        int doneBefore = statements.progress().done();
        int failedBefore = statements.progress().failed();

        queue.queue(failing);
        queue.queue(next);
        queue.awaitIdle(Duration.ofSeconds(10));

        AnalysisProgress progress = statements.progress();
        assertThat(progress.failed()).isEqualTo(failedBefore + 1);
        assertThat(progress.done()).isEqualTo(doneBefore + 1);
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
}
