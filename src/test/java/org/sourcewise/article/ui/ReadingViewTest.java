package org.sourcewise.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;

/** The reading view on the real app context, with the five seed articles loaded at start. */
@Tier.Spring
@SourcewiseSpringTest
class ReadingViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void signInAsAStudent() {
        // The library is for signed-in readers; anonymous visitors reach only the sign-in and join pages.
        SignedIn.as("reader", Roles.STUDENT);
    }

    @Autowired
    private ArticleService articles;

    private long idOf(String title) {
        return articles.findArticles(title).stream()
                .filter(a -> a.title().equals(title))
                .map(ArticleSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private List<String> paragraphs() {
        return find(
                        Paragraph.class,
                        find(Div.class).withClassName("article-body").single())
                .all()
                .stream()
                .map(Paragraph::getText)
                .toList();
    }

    @Test
    void showsTitleSourceAndDate() {
        navigate(ReadingView.class, idOf("Russia starts drills in Belarus as Britain warns Moscow"));

        assertThat(find(H1.class).single().getText())
                .isEqualTo("Russia starts drills in Belarus as Britain warns Moscow");
        assertThat(find(Div.class)
                        .withClassName("article-meta")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("unknown news site")
                .contains("10 February 2022");
    }

    @Test
    void showsTheCleanedParagraphsInOrder() {
        navigate(ReadingView.class, idOf("Russia starts drills in Belarus as Britain warns Moscow"));

        List<String> paragraphs = paragraphs();
        assertThat(paragraphs.getFirst()).startsWith("On Thursday, Russia began the active phase of military training");
        assertThat(paragraphs.getLast()).startsWith("Six Russian vessels have landed in Sevastopol");
        assertThat(paragraphs).hasSizeGreaterThan(15);
    }

    @Test
    void showsShortUnpunctuatedLinesAsSubheadings() {
        navigate(ReadingView.class, idOf("Russia and Ukraine hold rival military exercises amid cautious optimism"));

        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Cautious optimism");
        assertThat(paragraphs()).doesNotContain("Cautious optimism");
    }

    @Test
    void unknownArticleSaysItIsNotFound() {
        navigate(ReadingView.class, 999_999L);

        assertThat(find(H1.class).single().getText()).isEqualTo("Article not found");
    }

    @Test
    void onlyStaffSeeTheLinkToReviewTheGeneratedQuestions() {
        long id = idOf("Russia starts drills in Belarus as Britain warns Moscow");
        navigate(ReadingView.class, id);
        assertThat(find(Anchor.class).withText("Review the generated questions").all())
                .isEmpty();

        SignedIn.as("ms. head", Roles.TEACHER);
        navigate(ReadingView.class, id);

        assertThat(find(Anchor.class)
                        .withText("Review the generated questions")
                        .single()
                        .getHref())
                .isEqualTo("review/" + id);
    }
}
