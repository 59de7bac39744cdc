package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a matching answer block, {@code =item -> match} pairs. */
final class MatchingParser {

    private MatchingParser() {}

    static Optional<QuestionKind> parse(SourceText body, Position open, Problems problems) {
        int before = problems.count();
        Optional<List<Piece>> pieces = Piece.split(body, "=", problems);
        if (pieces.isEmpty() || !ChoiceParser.few(pieces.get().size(), "pairs", GiftLimits.PAIRS, open, problems)) {
            return Optional.empty();
        }
        List<Position> at = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        pieces.get()
                .forEach(piece -> pair(piece, problems).ifPresent(pair -> {
                    at.add(piece.at());
                    pairs.add(pair);
                }));
        if (problems.count() > before
                || !Distinct.check(pairs.stream().map(MatchPair::item).toList(), at, "item", problems)) {
            return Optional.empty();
        }
        long items = pairs.stream().filter(pair -> !pair.item().isBlank()).count();
        if (items < 2) {
            problems.report(
                    open,
                    "a matching question needs at least two pairs such as =cat -> cat food; this one has " + items);
            return Optional.empty();
        }
        return Optional.of(new QuestionKind.Matching(pairs));
    }

    /** Matching pairs take no weights or feedback in Moodle, so % and # are plain text here. */
    private static Optional<MatchPair> pair(Piece piece, Problems problems) {
        SourceText written = piece.content().trim();
        int arrow = written.indexOf("->");
        if (arrow < 0) {
            problems.report(
                    piece.at(),
                    "the matching pair \"" + written.unescaped() + "\" has no -> between the item and its match");
            return Optional.empty();
        }
        if (written.length() > 2 * GiftLimits.ANSWER) {
            problems.report(
                    piece.at(),
                    "this matching pair has " + GiftLimits.format(written.length())
                            + " characters; an item and its match may have at most "
                            + GiftLimits.format(GiftLimits.ANSWER) + " each");
            return Optional.empty();
        }
        SourceText match = written.slice(arrow + 2).trim();
        if (match.unescaped().isBlank()) {
            problems.report(piece.at(), "the matching pair \"" + written.unescaped() + "\" has nothing after ->");
            return Optional.empty();
        }
        return Optional.of(new MatchPair(written.slice(0, arrow).trim().unescaped(), match.unescaped()));
    }
}
