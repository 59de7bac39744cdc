package org.sourcewise.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A program of the machine's own that a test needs (Chromium, HAProxy). Under CI a missing one fails the test, so
 * that no test is skipped silently there; on a developer's machine the test is skipped with the message.
 */
final class SystemTool {

    private SystemTool() {}

    /** The first of the paths that is an executable file; blank or null paths are passed over. */
    static Path find(String missing, String... paths) {
        Path found = Stream.of(paths)
                .filter(path -> path != null && !path.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        if (found == null && "true".equals(System.getenv("CI"))) {
            fail(missing);
        }
        assumeTrue(found != null, missing);
        return Objects.requireNonNull(found);
    }
}
