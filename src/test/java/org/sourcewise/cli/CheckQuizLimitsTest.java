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

/** {@code check-quiz} refuses what the quiz folder's loader and the question dialog refuse, with line and column. */
@Tier.Fast
class CheckQuizLimitsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int check(String name, String text) throws IOException {
        Path file = Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        return new CheckQuizCommand()
                .run(
                        new String[] {file.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void refusesAQuestionWhoseHtmlTextIsEmptyOnceItsMarkupIsLeftOut() throws IOException {
        assertThat(check("empty.gift", "Fine?{T}\n\n[html]<p></p> {=a ~b}\n")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .endsWith("empty.gift:3:7: the question has no text a student"
                        + " could read once its markup is left out\n");
    }

    @Test
    void refusesAHugeQuestionAndThreeIdenticalChoices() throws IOException {
        assertThat(check("big.gift", "Who? {=" + "a".repeat(30_000) + " ~b}\n\nPick {=a ~a ~a}\n"))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .hasSize(3)
                .first()
                .asString()
                .endsWith("big.gift:1:1: this question has 30,011 characters of GIFT;"
                        + " a question may have at most 20,000");
    }
}
