package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class HtmlPageTest {

    private static final String PAGE = """
            <html><head><title>Budget</title><style>p { color: red }</style><script>track()</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <header><h1>City Herald</h1></header>
            <article>
              <h1>Council approves new budget</h1>
              <p>The council voted <b>7-2</b> on Tuesday.</p>
              <figure><img src="x.jpg"><figcaption>The mayor at city hall. Photo: Jane Roe</figcaption></figure>
              <blockquote><p>\u201cIt is a fair budget,\u201d the mayor said.</p></blockquote>
              <!-- comment: ad slot -->
              <script>alert('x')</script>
              <p>Opponents said taxes would rise &amp; services shrink.</p>
            </article>
            <aside>Most read: Storm hits coast</aside>
            <footer>\u00A9 2019 City Herald</footer></body></html>
            """;

    @Test
    void keepsTheArticleBlocksAsLinesInOrder() {
        assertThat(HtmlPage.articleLines(PAGE)).isEqualTo("""
                Council approves new budget
                The council voted 7-2 on Tuesday.
                \u201cIt is a fair budget,\u201d the mayor said.
                Opponents said taxes would rise & services shrink.""");
    }

    @Test
    void fallsBackToTheBodyWhenThePageMarksNoArticle() {
        assertThat(HtmlPage.articleLines("<body><div><p>One.</p><p>Two.</p></div><footer>Legal</footer></body>"))
                .isEqualTo("One.\nTwo.");
    }

    @Test
    void readsTextOfAPageWithoutBlockElements() {
        assertThat(HtmlPage.articleLines("<body>Just some text<br>on a page</body>"))
                .isEqualTo("Just some text on a page");
    }

    @Test
    void theTitleRepeatIsDroppedByTheCleaning() {
        assertThat(ArticleText.fromHtml(PAGE, "Council approves new budget").paragraphs())
                .first()
                .isEqualTo("The council voted 7-2 on Tuesday.");
    }

    @Test
    void keepsTheWordsOfAnInlineSvgAndDropsItsIcons() {
        assertThat(HtmlPage.articleLines("<article><p>Mayor Ana <svg viewBox='0 0 9 9'><title>logo</title>"
                        + "<text x='0' y='9'>Lopez</text></svg> said <svg><path d='M0 0'/></svg>yes.</p></article>"))
                .isEqualTo("Mayor Ana Lopez said yes.");
    }
}
