package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One answer of an answer block: the marker that starts it ({@code =} or {@code ~}), where it stands, and what follows. */
record Piece(char marker, Position at, SourceText content) {

    /** Cuts {@code body} before each unescaped marker; text before the first marker belongs to no answer and is an error. */
    static Optional<List<Piece>> split(SourceText body, String markers, Problems problems) {
        int first = body.indexOfAny(markers, 0);
        SourceText lead = (first < 0 ? body : body.slice(0, first)).trim();
        if (!lead.isEmpty()) {
            String start = markers.length() == 1 ? "with " + markers : "with = (right) or ~ (wrong)";
            problems.report(
                    lead.at(0),
                    "\"" + lead.unescaped() + "\" comes before the first answer; start each answer " + start);
            return Optional.empty();
        }
        List<Piece> pieces = new ArrayList<>();
        for (int start = first; start >= 0; ) {
            int next = body.indexOfAny(markers, start + 1);
            pieces.add(new Piece(
                    body.text().charAt(start), body.at(start), body.slice(start + 1, next < 0 ? body.length() : next)));
            start = next;
        }
        return Optional.of(pieces);
    }
}
