package org.sourcewise.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The real app on first start: the seeds are analysed in the background with the real models and stored. */
@Tier.Models
@SpringBootTest(properties = "sourcewise.analysis.enabled=true")
@ActiveProfiles("test")
@WithMockUser(roles = Roles.TEACHER)
class SeedAnalysisIT {

    @Autowired
    private StatementService statements;

    @Autowired
    private ArticleService articles;

    @Autowired
    private AnalysisQueue queue;

    @Autowired
    private QuestionBankService bank;

    @Test
    void everySeedIsAnalysedInTheBackgroundWithItsStatementsAndQuestionsStored() throws Exception {
        queue.awaitIdle(Duration.ofMinutes(3));

        assertThat(statements.progress()).isEqualTo(new AnalysisProgress(5, 5, 0));
        for (ArticleSummary article : articles.findArticles("")) {
            String text =
                    articles.findForAnalysis(article.id()).orElseThrow().text().text();
            List<StoredStatement> found = statements.statementsOf(article.id());
            // The hand-written quizzes in quizzes/ add own questions to some seeds; these checks are of the generated
            // ones.
            List<KeyedQuestion> questions = bank.questionsOf(article.id()).stream()
                    .filter(q -> !q.own())
                    .toList();
            assertThat(questions).as(article.title()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(questions.stream().map(q -> q.type().family()).distinct())
                    .as(article.title())
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(found).as(article.title()).hasSizeGreaterThanOrEqualTo(8);
            for (StoredStatement statement : found) {
                assertThat(text.substring(statement.evidenceStart(), statement.evidenceEnd()))
                        .contains(text.substring(statement.contentStart(), statement.contentEnd()));
            }
        }
        List<StoredStatement> drills = statements.statementsOf(
                articles.findArticles("Belarus as Britain").getFirst().id());
        assertThat(drills)
                .extracting(StoredStatement::speakerName)
                .contains("Liz Truss", "Sergei Lavrov", "Boris Johnson");
    }
}
