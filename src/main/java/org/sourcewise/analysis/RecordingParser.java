package org.sourcewise.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** CoreNLP on every sentence, each parse saved for {@link RecordedParser}; rules get the selective view. */
final class RecordingParser implements Parser {

    private final Parser everySentence = new CoreNlpParser(true);
    private final Path folder;

    RecordingParser(Path folder) {
        this.folder = folder;
    }

    @Override
    public ParsedText parse(String text, @Nullable LocalDate published) {
        ParsedText parsed = everySentence.parse(text, published);
        ParseRecords.write(folder, parsed, published);
        return SentenceCues.withStructureWhereNeeded(parsed);
    }
}
