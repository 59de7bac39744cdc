package org.sourcewise.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Parses from recordings ({@link ParseRecords}) instead of language models, applying {@link SentenceCues} as
 * the live pipeline does, so rules see what they would see in production. A text that was never recorded is
 * an error that says how to record it, never a silent empty parse.
 */
final class RecordedParser implements Parser {

    private final Path folder;

    RecordedParser(Path folder) {
        this.folder = folder;
    }

    @Override
    public ParsedText parse(String text, @Nullable LocalDate published) {
        ParsedText recorded = ParseRecords.read(folder, text, published);
        if (recorded == null) {
            throw new IllegalStateException(
                    "No recorded parse in " + folder + " of the text beginning \""
                            + text.substring(0, Math.min(60, text.length())).replace('\n', ' ') + "\" (published "
                            + published + "); record it with: java -jar target/sourcewise.jar record-parses --out "
                            + folder
                            + " --metadata META.json FILE... (or, for a rule test's text, --fixtures src/test/resources/rules/fixtures.txt)");
        }
        return SentenceCues.withStructureWhereNeeded(recorded);
    }
}
