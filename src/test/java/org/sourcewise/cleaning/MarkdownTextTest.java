package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class MarkdownTextTest {

    @Test
    void keepsTheWordsAndDropsTheMarkup() {
        String markdown =
                "# Budget passes\n\n![map](map.png)\nThe **council** voted, said [the mayor](https://x.example).\n"
                        + "> \u201cFair,\u201d she said.\n\n---\n_Updated_ on Tuesday.";

        assertThat(ArticleText.fromMarkdown(markdown, null).paragraphs())
                .containsExactly(
                        "Budget passes",
                        "The council voted, said the mayor.",
                        "\u201cFair,\u201d she said.",
                        "Updated on Tuesday.");
    }

    @Test
    void leavesUnderscoresInsideWordsAlone() {
        assertThat(MarkdownText.plain("the file snake_case_name.txt")).isEqualTo("the file snake_case_name.txt");
    }
}
