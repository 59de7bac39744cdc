package org.sourcewise.testdata;

import java.time.LocalDate;
import java.util.List;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.article.ArticleDetails;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionBankWriter;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.statement.StoredFindings;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An article imported through the real article service by whoever is signed in (a teacher), with what the engine
 * found in it, as a test needs it: the budget article of The Test Times unless told otherwise. Analysis is off in the
 * tests, so an article has statements or questions only when its builder gives it some.
 */
public final class ArticleBuilder {

    private final ApplicationContext context;
    private String title;
    private String text = BudgetArticle.TEXT;
    private LocalDate published = BudgetArticle.PUBLISHED;
    private ExtractionResult analysed;
    private ExtractionResult questionsFrom;
    private boolean trustedQuestionsOpen;

    private ArticleBuilder(ApplicationContext context, String title) {
        this.context = context;
        this.title = title;
    }

    /** The budget article, under a title no other test uses. */
    public static ArticleBuilder anArticle(ApplicationContext context) {
        return new ArticleBuilder(context, "Budget day " + Unique.number());
    }

    public ArticleBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder text(String text, LocalDate published) {
        this.text = text;
        this.published = published;
        return this;
    }

    /** Stores these statements as the analysis queue does, which generates the article's questions from them. */
    public ArticleBuilder analysed(ExtractionResult found) {
        this.analysed = found;
        return this;
    }

    /** Generates the article's questions from these statements, without storing the statements themselves. */
    public ArticleBuilder questionsFrom(ExtractionResult found) {
        this.questionsFrom = found;
        return this;
    }

    /** Lets every question above the confidence threshold reach students, as a teacher may tick for an article. */
    public ArticleBuilder trustedQuestionsOpen() {
        this.trustedQuestionsOpen = true;
        return this;
    }

    /** Returns the article's id. */
    public long create() {
        long id = context.getBean(ArticleService.class)
                .importArticle(new ArticleDetails(title, "The Test Times", null, published), text, text);
        if (analysed != null) {
            StoredFindings.store(context, id, analysed);
        }
        if (questionsFrom != null) {
            ArticleText article = ArticleText.fromEditedText(text);
            context.getBean(TransactionTemplate.class)
                    .executeWithoutResult(status -> context.getBean(QuestionBankWriter.class)
                            .regenerate(id, article, published, questionsFrom, List.of()));
        }
        if (trustedQuestionsOpen) {
            context.getBean(QuestionBankService.class).openTrustedQuestions(id, true);
        }
        return id;
    }
}
