package org.sourcewise.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sourcewise.cleaning.ArticleText;

/**
 * Rule tests' texts, parsed from recordings: no language model is loaded. A text here must also stand in
 * src/test/resources/rules/fixtures.txt (verbatim, under a line {@code === YYYY-MM-DD} or {@code === -}), recorded with
 * {@code java -jar target/sourcewise.jar record-parses --out src/test/resources/parses --fixtures src/test/resources/rules/fixtures.txt}.
 */
final class Fixtures {

    static final Path PARSES = Path.of("src/test/resources/parses");

    private Fixtures() {}

    static ParsedText parse(String text, LocalDate published) {
        return new RecordedParser(PARSES).parse(text, published);
    }

    static ExtractionResult extract(String text, LocalDate published) {
        return StatementExtractor.withRecordedParses(PARSES).extract(new ArticleText(text), published);
    }
}
