package org.sourcewise.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The probe's figures per import path, and every outcome line by line, written to target/hostile-probe.md. */
final class ProbeTable {

    private record Entry(String input, Outcome outcome) {
    }

    private final Map<String, List<Entry>> byPath = new LinkedHashMap<>();

    synchronized void add(String path, String input, Outcome outcome) {
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(new Entry(input, outcome));
    }

    synchronized String render() {
        StringBuilder md = new StringBuilder("# Hostile-input probe\n\n")
                .append("| path | inputs tried | accepted | clear messages | unclear refusals | server errors |"
                        + " stack traces shown | data inconsistent | markup injected (XSS) | attempts unplayable |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        byPath.forEach((path, entries) -> md.append("| ").append(path).append(" | ").append(entries.size())
                .append(" | ").append(count(entries, o -> o.accepted))
                .append(" | ").append(count(entries, Outcome::clearRefusal))
                .append(" | ").append(count(entries, o -> !o.accepted && !o.clearRefusal() && !o.serverError()))
                .append(" | ").append(count(entries, Outcome::serverError))
                .append(" | ").append(count(entries, Outcome::stackTraceShown))
                .append(" | ").append(count(entries, o -> !o.inconsistent.isEmpty()))
                .append(" | ").append(count(entries, o -> !o.injected.isEmpty()))
                .append(" | ").append(count(entries, o -> !o.unplayable.isEmpty())).append(" |\n"));
        md.append("\n## Every outcome\n\n| path | input | outcome |\n|---|---|---|\n");
        byPath.forEach((path, entries) -> entries.forEach(e -> md.append("| ").append(path).append(" | ")
                .append(e.input()).append(" | ").append(e.outcome().describe().replace("|", "\\|").replace("\n", " "))
                .append(" |\n")));
        return md.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(List<Entry> entries, java.util.function.Predicate<Outcome> test) {
        return entries.stream().filter(e -> test.test(e.outcome())).count();
    }
}
