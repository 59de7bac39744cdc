package org.sourcewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of {@code check-quiz}, for tests outside this package. The command is called directly rather than through
 * {@link Commands#run}, which turns any exception into an exit code: a test must see an exception that escapes.
 */
public record CheckQuizRun(int exitCode, String out, String err) {

    public static CheckQuizRun of(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckQuizCommand()
                .run(
                        files,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CheckQuizRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
