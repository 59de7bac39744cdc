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
        return new CheckQuizCommand()
                .run(
                        files,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A seed the jar ships, as a quiz file's header names it. */
    private static final String HEADER = "// article: seeds/000_a749456b69542e59.txt\n\n";

    private String write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8)
                .toString();
    }

    @Test
    void printsTheQuestionCountOfAGoodFileAndExitsZero() throws IOException {
        String file = write("good.gift", HEADER + "The sun rises in the east.{T}\n\nWho?{=a ~b}\n");

        assertThat(check(file)).isZero();
        assertThat(out()).isEqualTo(file + ": 2 questions\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void printsEachMistakeWithFileLineAndColumnAndExitsOne() throws IOException {
        String file = write("bad.gift", "The sun rises.{T}\n\nWho?{=a ~%half%b}\n\nWhen?{#soon\n");

        assertThat(check(file)).isEqualTo(1);
        assertThat(out())
                .isEqualTo(
                        file + ":3:10: the weight %half% is not a number; write a percentage such as %50% or %-100%\n"
                                + file + ":5:12: the answer block opened on line 5 is never closed with }\n");
    }

    @Test
    void checksEveryFileEvenAfterABadOne() throws IOException {
        String bad = write("bad.gift", "Who?{=a ~b\n");
        String good = write("good.gift", HEADER + "The sun rises.{T}\n");

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
        assertThat(out()).isEqualTo(file + ":1:1: the file cannot be read: it holds binary data, not text\n");
    }

    @Test
    void refusesAFileSavedAsUtf16WithWhatToDoAboutIt() throws IOException {
        Path file =
                Files.write(folder.resolve("notepad.gift"), (HEADER + "True?{T}").getBytes(StandardCharsets.UTF_16LE));

        assertThat(check(file.toString())).isEqualTo(1);
        assertThat(out())
                .isEqualTo(file + ":1:1: the file cannot be read: it is saved as UTF-16 (Notepad calls it"
                        + " \"Unicode\"), not UTF-8; save it again as UTF-8\n");
    }

    @Test
    void refusesAnEmptyFileAsTheQuizFolderDoes() throws IOException {
        String file = write("empty.gift", "");

        assertThat(check(file)).isEqualTo(1);
        assertThat(out())
                .isEqualTo(file + ":1:1: the file must name its article in a first comment such as"
                        + " // article: seeds/003_c69a83af02cbb3b2.txt\n");
    }

    @Test
    void refusesAFileWithoutItsArticleAsTheQuizFolderDoes() throws IOException {
        String file = write("headless.gift", "The sun rises in the east.{T}\n");

        assertThat(check(file)).isEqualTo(1);
        assertThat(out()).startsWith(file + ":1:1: the file must name its article");
    }

    @Test
    void refusesAFileNamingAnArticleThatIsNotASeed() throws IOException {
        String file = write("lost.gift", "// article: seeds/nowhere.txt\n\nTrue?{T}\n");

        assertThat(check(file)).isEqualTo(1);
        assertThat(out()).isEqualTo(file + ":1:1: no seed article is called nowhere.txt\n");
    }

    @Test
    void refusesAFileWithOnlyAnEssayAsTheQuizFolderDoes() throws IOException {
        String file = write("essay.gift", HEADER + "Why did she say it?{}\n");

        assertThat(check(file)).isEqualTo(1);
        assertThat(out())
                .isEqualTo(file + ": question 1 was left out: essays need a teacher to mark them\n" + file
                        + ": the file has no question students can answer here\n");
    }

    @Test
    void passesAFileWhoseEssayIsLeftOutAndSaysSo() throws IOException {
        String file = write("mixed.gift", HEADER + "Why did she say it?{}\n\nTrue?{T}\n");

        assertThat(check(file)).isZero();
        assertThat(out())
                .isEqualTo(file + ": 1 question\n" + file
                        + ": question 1 was left out: essays need a teacher to mark them\n");
    }

    @Test
    void looksTheArticleUpInTheSeedsFolderItIsGiven() throws IOException {
        Path seeds = Files.createDirectory(folder.resolve("other-seeds"));
        Files.writeString(seeds.resolve("local.txt"), "The minister said the plan would go ahead.");
        String file = write("local.gift", "// article: seeds/local.txt\n\nTrue?{T}\n");

        assertThat(check("--seeds", seeds.toUri().toString(), file)).isZero();
        assertThat(check(file)).isEqualTo(1);
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path file =
                Files.write(folder.resolve("latin1.gift"), "Où est l'été?{T}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(check(file.toString())).isEqualTo(1);
        assertThat(out())
                .isEqualTo(file + ":1:1: the file cannot be read: it is not UTF-8 text; save it again as UTF-8\n");
    }

    @Test
    void refusesAFolder() {
        assertThat(check(folder.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(folder + ": a folder, not a file\n");
    }

    @Test
    void printsUsageAndExitsTwoWithoutFiles() {
        assertThat(check()).isEqualTo(2);
        assertThat(err()).isEqualTo("usage: check-quiz [--seeds LOCATION] FILE...\n");
    }

    @Test
    void checksTheShippedQuizzes() throws IOException {
        try (var files = Files.list(Path.of("quizzes"))) {
            String[] quizzes = files.map(Path::toString)
                    .filter(name -> name.endsWith(".gift"))
                    .toArray(String[]::new);

            assertThat(check(quizzes)).isZero();
        }
    }
}
