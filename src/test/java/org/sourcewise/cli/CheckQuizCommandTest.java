package org.sourcewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewise.Tier;

/** {@code check-quiz FILE...}: one line per good file, one line per mistake with file, line and column, and the exit code. */
@Tier.Fast
class CheckQuizCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... files) {
        return new CheckQuizCommand().run(files, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    @Test
    void printsTheQuestionCountOfAGoodFileAndExitsZero() throws IOException {
        String file = write("good.gift", "// article: seeds/a.txt\n\nThe sun rises in the east.{T}\n\nWho?{=a ~b}\n");

        assertThat(check(file)).isZero();
        assertThat(out()).isEqualTo(file + ": 2 questions\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void printsEachMistakeWithFileLineAndColumnAndExitsOne() throws IOException {
        String file = write("bad.gift", "The sun rises.{T}\n\nWho?{=a ~%half%b}\n\nWhen?{#soon\n");

        assertThat(check(file)).isEqualTo(1);
        assertThat(out()).isEqualTo(file + ":3:10: the weight %half% is not a number; write a percentage such as %50% or %-100%\n"
                + file + ":5:12: the answer block opened on line 5 is never closed with }\n");
    }

    @Test
    void checksEveryFileEvenAfterABadOne() throws IOException {
        String bad = write("bad.gift", "Who?{=a ~b\n");
        String good = write("good.gift", "The sun rises.{T}\n");

        assertThat(check(bad, good)).isEqualTo(1);
        assertThat(out()).endsWith(good + ": 1 question\n");
    }

    @Test
    void saysSoWhenAFileDoesNotExist() {
        String missing = folder.resolve("missing.gift").toString();

        assertThat(check(missing)).isEqualTo(1);
        assertThat(err()).isEqualTo(missing + ": no such file\n");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        String file = write("picture.gift", "GIF89a\0\0\u0001");

        assertThat(check(file)).isEqualTo(1);
        assertThat(err()).isEqualTo(file + ": a binary file, not text\n");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path file = Files.write(folder.resolve("latin1.gift"), "Où est l'été?{T}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(check(file.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(file + ": not UTF-8 text\n");
    }

    @Test
    void refusesAFolder() {
        assertThat(check(folder.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(folder + ": a folder, not a file\n");
    }

    @Test
    void printsUsageAndExitsTwoWithoutFiles() {
        assertThat(check()).isEqualTo(2);
        assertThat(err()).isEqualTo("usage: check-quiz FILE...\n");
    }

    @Test
    void checksTheShippedQuizzes() throws IOException {
        try (var files = Files.list(Path.of("quizzes"))) {
            String[] quizzes = files.map(Path::toString).filter(name -> name.endsWith(".gift")).toArray(String[]::new);

            assertThat(check(quizzes)).isZero();
        }
    }
}
