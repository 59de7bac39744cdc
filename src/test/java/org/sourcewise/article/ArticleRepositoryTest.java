package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseJpaTest;
import org.sourcewise.Tier;
import org.springframework.beans.factory.annotation.Autowired;

/** The Flyway schema, the entity mapping (validated at start) and the library queries, on H2. */
@Tier.Spring
@Tag("database")
@SourcewiseJpaTest
class ArticleRepositoryTest {

    @Autowired
    private ArticleRepository articles;

    private Article save(String title, String source, LocalDate published, String text) {
        return articles.saveAndFlush(new Article(new ArticleDetails(title, source, null, published), text));
    }

    private List<String> titlesFound(String query) {
        return new ArticleService(articles, event -> {})
                .findArticles(query).stream().map(ArticleSummary::title).toList();
    }

    @Test
    void findsSeedArticleByItsFileName() {
        Article article = new Article(new ArticleDetails("Talks resume", "Daily", null, null), "Body text.");
        article.markAsSeed("007_x.txt", "abc");
        articles.saveAndFlush(article);

        assertThat(articles.findBySeedFile("007_x.txt"))
                .get()
                .extracting(Article::getTitle)
                .isEqualTo("Talks resume");
        assertThat(articles.findBySeedFile("008_x.txt")).isEmpty();
    }

    @Test
    void storesCleanedTextAndWordCountBesideRawText() {
        Article saved = save("Title", "Source", null, "  First   paragraph here.\n\n\nSecond one.  ");

        Article loaded = articles.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getRawText()).isEqualTo("  First   paragraph here.\n\n\nSecond one.  ");
        assertThat(loaded.getCleanedText()).isEqualTo("First paragraph here.\n\nSecond one.");
        assertThat(loaded.getWordCount()).isEqualTo(5);
    }

    @Test
    void listsNewestArticlesFirstAndUndatedLast() {
        save("Old", "A", LocalDate.of(2020, 1, 1), "x");
        save("Undated", "A", null, "x");
        save("New", "A", LocalDate.of(2022, 5, 1), "x");

        assertThat(titlesFound("")).containsExactly("New", "Old", "Undated");
    }

    @Test
    void searchMatchesTitleSourceOrTextIgnoringCase() {
        save("Truss warns Moscow", "Herald", null, "Nothing else.");
        save("Markets", "Daily Mirror", null, "Nothing else.");
        save("Weather", "Gazette", null, "Lavrov said it would rain.");

        assertThat(titlesFound("TRUSS")).containsExactly("Truss warns Moscow");
        assertThat(titlesFound("mirror")).containsExactly("Markets");
        assertThat(titlesFound("lavrov")).containsExactly("Weather");
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        save("Up 50% in a year", "A", null, "x");
        save("Up 50 in a year", "A", null, "x");
        save("snake_case", "A", null, "x");
        save("snakeXcase", "A", null, "x");

        assertThat(titlesFound("50%")).containsExactly("Up 50% in a year");
        assertThat(titlesFound("e_c")).containsExactly("snake_case");
    }

    @Test
    void searchTextThatLooksLikeSqlIsJustText() {
        save("Robert'); DROP TABLE article;--", "A", null, "x");

        assertThat(titlesFound("'); DROP TABLE article;--")).containsExactly("Robert'); DROP TABLE article;--");
        assertThat(titlesFound("")).hasSize(1);
    }
}
