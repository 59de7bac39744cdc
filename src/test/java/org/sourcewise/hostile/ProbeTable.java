package org.sourcewise.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The probe's figures per path (an import path, or one field of a form), and every outcome line by line, written to
 * target/hostile-probe.md. Every probing test of a run adds to {@link #ALL}, so that the file holds one table.
 */
final class ProbeTable {

    static final ProbeTable ALL = new ProbeTable();

    private record Entry(String input, Outcome outcome) {}

    private final Map<String, List<Entry>> byPath = new LinkedHashMap<>();

    synchronized void add(String path, String input, Outcome outcome) {
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(new Entry(input, outcome));
    }

    synchronized String render() {
        StringBuilder md = new StringBuilder("# Hostile-input probe\n\n")
                .append("| path | inputs tried | accepted | clear messages | unclear refusals | server errors |"
                        + " stack traces shown | data inconsistent | markup injected (XSS) | attempts unplayable |"
                        + " CSV cells run as formulas | names keeping invisible characters |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        byPath.forEach((path, entries) -> md.append("| ")
                .append(path)
                .append(" | ")
                .append(entries.size())
                .append(" | ")
                .append(count(entries, o -> o.accepted))
                .append(" | ")
                .append(count(entries, Outcome::clearRefusal))
                .append(" | ")
                .append(count(entries, o -> !o.accepted && !o.clearRefusal() && !o.serverError()))
                .append(" | ")
                .append(count(entries, Outcome::serverError))
                .append(" | ")
                .append(count(entries, Outcome::stackTraceShown))
                .append(" | ")
                .append(count(entries, o -> !o.inconsistent.isEmpty()))
                .append(" | ")
                .append(count(entries, o -> !o.injected.isEmpty()))
                .append(" | ")
                .append(count(entries, o -> !o.unplayable.isEmpty()))
                .append(" | ")
                .append(count(entries, o -> !o.formulas.isEmpty()))
                .append(" | ")
                .append(count(entries, o -> !o.hidden.isEmpty()))
                .append(" |\n"));
        md.append("\n## Every outcome\n\n| path | input | outcome |\n|---|---|---|\n");
        byPath.forEach((path, entries) -> entries.forEach(e -> md.append("| ")
                .append(path)
                .append(" | ")
                .append(e.input())
                .append(" | ")
                .append(readable(e.outcome().describe().replace("|", "\\|").replace("\n", " ")))
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

    /** Direction overrides and other invisible characters as U+ codes, so that the table reads in its own order. */
    private static String readable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(point -> {
            if (Character.getType(point) == Character.FORMAT || Character.isISOControl(point)) {
                shown.append(String.format("U+%04X", point));
            } else {
                shown.appendCodePoint(point);
            }
        });
        return shown.toString();
    }

    private static long count(List<Entry> entries, java.util.function.Predicate<Outcome> test) {
        return entries.stream().filter(e -> test.test(e.outcome())).count();
    }
}
