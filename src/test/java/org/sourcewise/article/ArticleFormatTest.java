package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** A paste is read as HTML only when it is plainly a page's source; text with a "<" in it stays text. */
@Tier.Fast
class ArticleFormatTest {

    @Test
    void aPastedPageSourceIsHtml() {
        assertThat(ArticleFormat.ofPaste("\n  <!DOCTYPE html>\n<html><body><p>The council voted.</p></body></html>"))
                .isEqualTo(ArticleFormat.HTML);
        assertThat(ArticleFormat.ofPaste("<html lang=\"en\"><p>Hi</p>")).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void aPastedFragmentOfSeveralArticleTagsIsHtml() {
        assertThat(ArticleFormat.ofPaste("<div class=\"story\"><h1>Budget</h1><p>The council voted.</p>"
                        + "<p>\u201cIt passed,\u201d she said.</p></div>"))
                .isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void textWithAStrayAngleBracketOrAQuotedTagIsPlainText() {
        assertThat(ArticleFormat.ofPaste("Turnout was < 40% and costs rose > 3%."))
                .isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.ofPaste("<3 the new park, residents wrote.")).isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.ofPaste("The page used a <p> tag and a <div> tag, <p>, </p>, </div>, </p>."))
                .isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.ofPaste("<b>Breaking</b>: the council voted.")).isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.ofPaste(null)).isEqualTo(ArticleFormat.PLAIN_TEXT);
    }
}
