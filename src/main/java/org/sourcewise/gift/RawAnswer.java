package org.sourcewise.gift;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An answer read as {@code [%weight%]text[#feedback]}. The text stays raw because words and numbers treat it
 * differently: a word is unescaped, a number must not need escaping at all.
 */
record RawAnswer(Piece piece, OptionalDouble weight, SourceText text, Optional<String> feedback) {

    static Optional<RawAnswer> read(Piece piece, Problems problems) {
        SourceText rest = piece.content().trim();
        OptionalDouble weight = OptionalDouble.empty();
        if (rest.startsWith("%")) {
            int close = rest.text().indexOf('%', 1);
            if (close < 0) {
                problems.report(rest.at(0), "the weight that starts here has no closing %; write it like ~%50%answer");
                return Optional.empty();
            }
            String written = rest.text().substring(0, close + 1);
            weight = Numbers.parse(written.substring(1, close));
            if (weight.isEmpty()) {
                problems.report(
                        rest.at(0),
                        "the weight " + written + " is not a number; write a percentage such as %50% or %-100%");
                return Optional.empty();
            }
            if (weight.getAsDouble() < -100 || weight.getAsDouble() > 100) {
                problems.report(
                        rest.at(0), "the weight " + written + " is out of range; weights go from %-100% to %100%");
                return Optional.empty();
            }
            rest = rest.slice(close + 1);
        }
        int hash = rest.indexOf("#");
        SourceText text = (hash < 0 ? rest : rest.slice(0, hash)).trim();
        if (text.unescaped().isBlank()) {
            problems.report(piece.at(), "this answer has no text after its " + piece.marker());
            return Optional.empty();
        }
        if (text.length() > GiftLimits.ANSWER) {
            problems.report(
                    piece.at(),
                    "this answer has " + GiftLimits.format(text.length()) + " characters; an answer may have at most "
                            + GiftLimits.format(GiftLimits.ANSWER));
            return Optional.empty();
        }
        SourceText feedback =
                hash < 0 ? rest.slice(rest.length()) : rest.slice(hash + 1).trim();
        if (!SourceTexts.fitsFeedback(feedback, problems)) {
            return Optional.empty();
        }
        return Optional.of(new RawAnswer(piece, weight, text, SourceTexts.nonBlank(feedback)));
    }
}
