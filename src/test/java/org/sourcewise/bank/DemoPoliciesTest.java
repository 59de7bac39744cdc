package org.sourcewise.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.article.ArticleService;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile on the real app: its seed articles use their questions above the threshold from the first start. */
@Tier.Spring
@SourcewiseSpringTest
// The demo profile beside the test profile: a context of its own, which the demo tests share.
@ActiveProfiles({"test", "demo"})
class DemoPoliciesTest {

    /** The title of the article a teacher chose for, which the other test leaves out. */
    private static final String CHOSEN = "Chosen by a teacher";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private ArticleService articles;

    @Autowired
    private DemoPolicies demo;

    @Test
    void everySeedArticleLetsItsQuestionsAboveTheThresholdThrough() {
        SignedIn.as("teacher", Roles.TEACHER);

        assertThat(articles.findArticles(""))
                .filteredOn(a -> !a.title().startsWith(CHOSEN))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(bank.trustedQuestionsOpen(a.id()))
                        .as(a.title())
                        .isTrue());
    }

    @Test
    void aTeachersChoiceStaysAtTheNextStart() {
        SignedIn.as("teacher", Roles.TEACHER);
        long articleId = ArticleBuilder.anArticle(context).titled(CHOSEN).create();
        bank.openTrustedQuestions(articleId, false);

        demo.openUnchosenArticles();

        assertThat(bank.trustedQuestionsOpen(articleId)).isFalse();
    }
}
