package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewise.Tier;

@Tier.Fast
class ParseRecordsTest {

    private static final String TEXT = "Tab\there, she said.";
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 4);

    private static ParsedText parsed() {
        List<Token> tokens = List.of(
                new Token(0, "Tab\there", "tab\there", "NN", "O", 0, 8, 3, "ccomp", null),
                new Token(1, ",", ",", ",", "O", 8, 9, 3, "punct", null),
                new Token(2, "she", "she", "PRP", "O", 10, 13, 3, "nsubj", null),
                new Token(3, "said", "say", "VBD", "DATE", 14, 18, -1, "root", "2020-03-04"),
                new Token(4, ".", ".", ".", "O", 18, 19, 3, "punct", null));
        return new ParsedText(TEXT, List.of(new Sentence(0, 0, 19, tokens)));
    }

    @Test
    void aRecordingReadsBackAsTheParseThatWasWritten(@TempDir Path folder) {
        ParseRecords.write(folder, parsed(), PUBLISHED);

        assertThat(ParseRecords.read(folder, TEXT, PUBLISHED)).isEqualTo(parsed());
    }

    @Test
    void theSameTextPublishedOnAnotherDayHasNoRecording(@TempDir Path folder) {
        ParseRecords.write(folder, parsed(), PUBLISHED);

        assertThat(ParseRecords.read(folder, TEXT, PUBLISHED.plusDays(1))).isNull();
    }

    @Test
    void replayingARecordingKeepsTheTreeOnlyWhereTheLivePipelineParses(@TempDir Path folder) {
        List<Token> plain = List.of(
                new Token(0, "Rain", "rain", "NN", "O", 0, 4, 1, "nsubj", null),
                new Token(1, "fell", "fall", "VBD", "O", 5, 9, -1, "root", null));
        ParseRecords.write(folder, new ParsedText("Rain fell", List.of(new Sentence(0, 0, 9, plain))), null);

        Sentence replayed =
                new RecordedParser(folder).parse("Rain fell", null).sentences().getFirst();

        assertThat(replayed.tokens().get(0).relation()).isEqualTo("root");
        assertThat(replayed.tokens().get(1).relation()).isEqualTo("dep");
    }

    @Test
    void aTextThatWasNeverRecordedSaysHowToRecordIt(@TempDir Path folder) {
        assertThatThrownBy(() -> new RecordedParser(folder).parse("Never seen.", null))
                .hasMessageContaining("record-parses");
    }
}
