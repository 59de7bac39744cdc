package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.cleaning.ArticleText;

/** What the engine does with input that is no article, before any model is loaded. */
@Tier.Fast
class StatementExtractorInputTest {

    private static final Parser UNUSED = (text, published) -> {
        throw new AssertionError("the parser must not be reached");
    };

    private final StatementExtractor extractor = new StatementExtractor(UNUSED);

    @Test
    void emptyTextHasNoStatements() {
        ExtractionResult result = extractor.extract(new ArticleText(""), LocalDate.of(2020, 1, 1));

        assertThat(result.statements()).isEmpty();
        assertThat(result.events()).isEmpty();
    }

    @Test
    void refusesAFiveMegabyteTextWithAClearMessage() {
        ArticleText huge = new ArticleText("Officials said it would rain. ".repeat(170_000));

        assertThatThrownBy(() -> extractor.extract(huge, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("analyses articles of up to 200000");
    }

    @Test
    void refusesBinaryGarbage() {
        ArticleText binary = new ArticleText("PK\u0003\u0004\u0000\u0000garbage\uFFFD");

        assertThatThrownBy(() -> extractor.extract(binary, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void resultsCannotBeChangedAfterwards() {
        ExtractionResult result = new ExtractionResult(new java.util.ArrayList<>(), List.of());

        assertThatThrownBy(() -> result.statements().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
