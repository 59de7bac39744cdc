package org.sourcewise.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one path (an import path, or one field of a form) made of one hostile input. Accepted means a neutral result
 * (what was brought is stored and reads back); otherwise the user saw {@code message}. Every other field names
 * something that went wrong.
 */
final class Outcome {

    /** Longer than this, a message is a wall of text, not something a teacher reads. */
    static final int MOST_MESSAGE = 2_000;

    private static final Pattern STACK_TRACE = Pattern.compile(
            "Exception|\\bat (java|org|com|jdk)\\.|java\\.lang|org\\.(springframework|hibernate|h2)|\\bSQL\\b|\\bnull\\b");
    static final String GENERIC_ERROR = "Something went wrong";

    boolean accepted;
    String message = "";
    /** A list of problems, one a line (the quiz folder, check-quiz): each line must be clear on its own. */
    boolean listed;

    Throwable escaped;
    final List<String> inconsistent = new ArrayList<>();
    final List<String> injected = new ArrayList<>();
    final List<String> unplayable = new ArrayList<>();
    /** Cells of a CSV export that a spreadsheet would run as formulas. */
    final List<String> formulas = new ArrayList<>();
    /**
     * Names taken with characters a reader cannot see but that change what they see, which student names and
     * nicknames refuse.
     */
    final List<String> hidden = new ArrayList<>();

    static Outcome refused(String message) {
        Outcome outcome = new Outcome();
        outcome.message = message == null ? "" : message.strip();
        return outcome;
    }

    static Outcome accepted(String message) {
        Outcome outcome = refused(message);
        outcome.accepted = true;
        return outcome;
    }

    static Outcome escaped(Throwable error) {
        Outcome outcome = refused("");
        outcome.escaped = error;
        return outcome;
    }

    boolean serverError() {
        return escaped != null || message.contains(GENERIC_ERROR) || message.contains("could not be loaded (");
    }

    boolean stackTraceShown() {
        return STACK_TRACE.matcher(message).find();
    }

    /** A refusal a teacher understands: said in words, not too long, no trace of the code behind it. */
    boolean clearRefusal() {
        return !accepted
                && !serverError()
                && !message.isBlank()
                && !stackTraceShown()
                && (listed
                        ? message.lines().allMatch(line -> line.length() <= MOST_MESSAGE)
                        : message.length() <= MOST_MESSAGE);
    }

    /** Accepted, or refused clearly, and nothing else went wrong. */
    boolean sound() {
        return (accepted || clearRefusal())
                && !serverError()
                && !stackTraceShown()
                && inconsistent.isEmpty()
                && injected.isEmpty()
                && unplayable.isEmpty()
                && formulas.isEmpty()
                && hidden.isEmpty();
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(accepted ? "accepted" : "refused");
        if (!message.isBlank()) {
            parts.add("\""
                    + (message.length() > 300
                            ? message.substring(0, 300) + "... (" + message.length() + " chars)"
                            : message)
                    + "\"");
        }
        if (escaped != null) {
            parts.add("escaped: " + escaped + " at "
                    + java.util.Arrays.stream(escaped.getStackTrace())
                            .limit(4)
                            .map(StackTraceElement::toString)
                            .toList());
        }
        inconsistent.forEach(p -> parts.add("inconsistent: " + p));
        injected.forEach(p -> parts.add("injected: " + p));
        unplayable.forEach(p -> parts.add("unplayable: " + p));
        formulas.forEach(p -> parts.add("formula: " + p));
        hidden.forEach(p -> parts.add("invisible characters kept: " + p));
        return String.join("; ", parts);
    }
}
