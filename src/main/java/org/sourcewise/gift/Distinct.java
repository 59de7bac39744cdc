package org.sourcewise.gift;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Two answers that read the same (case and spacing aside) leave a student unable to tell which is meant. */
final class Distinct {

    private Distinct() {}

    /** Reports each repeat where it is written; true when there is none. {@code at} holds where each text stands. */
    static boolean check(List<String> texts, List<Position> at, String what, Problems problems) {
        Set<String> seen = new HashSet<>();
        boolean distinct = true;
        for (int i = 0; i < texts.size(); i++) {
            String shown = texts.get(i).strip();
            if (!shown.isEmpty() && !seen.add(shown.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                problems.report(
                        at.get(i),
                        "the " + what + " \"" + shown + "\" is written twice;"
                                + " students could not tell the two apart");
                distinct = false;
            }
        }
        return distinct;
    }
}
