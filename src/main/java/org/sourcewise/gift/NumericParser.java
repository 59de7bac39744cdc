package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads a numeric answer block, the part after its {@code #}: {@code 3.14:0.01}, {@code 1..5} or several {@code =} answers. */
final class NumericParser {

    private static final String EXAMPLES = "write for example 3.14, 3.14:0.01 or 1..5";

    private NumericParser() {}

    static Optional<QuestionKind> parse(SourceText body, Position open, Problems problems) {
        if (body.isEmpty()) {
            problems.report(open, "this numeric answer block has no number; write for example {#3.14:0.01}");
            return Optional.empty();
        }
        int tilde = body.indexOf("~");
        if (tilde >= 0) {
            problems.report(
                    body.at(tilde),
                    "numeric answers start with =, not ~; feedback for every other answer is not supported");
            return Optional.empty();
        }
        int before = problems.count();
        Optional<List<Piece>> pieces = body.indexOf("=") >= 0
                ? Piece.split(body, "=", problems)
                : Optional.of(List.of(new Piece('#', body.at(0), body)));
        List<NumericAnswer> answers = new ArrayList<>();
        pieces.ifPresent(all -> all.forEach(piece -> RawAnswer.read(piece, problems)
                .flatMap(answer -> target(answer.text(), problems)
                        .map(target -> new NumericAnswer(target, answer.weight().orElse(100), answer.feedback())))
                .ifPresent(answers::add)));
        if (problems.count() > before
                || !ChoiceParser.few(answers.size(), "answers", GiftLimits.CHOICES, open, problems)) {
            return Optional.empty();
        }
        if (!Marks.anyFull(answers, NumericAnswer::weight)) {
            problems.report(open, Marks.NO_FULL_ANSWER);
            return Optional.empty();
        }
        return Optional.of(new QuestionKind.Numeric(answers));
    }

    private static Optional<NumericTarget> target(SourceText text, Problems problems) {
        String written = text.text();
        int dots = written.indexOf("..");
        int colon = written.indexOf(':');
        if (dots >= 0) {
            OptionalDouble min = Numbers.parse(written.substring(0, dots));
            OptionalDouble max = Numbers.parse(written.substring(dots + 2));
            if (min.isEmpty() || max.isEmpty()) {
                return notANumber(text, problems);
            }
            if (min.getAsDouble() > max.getAsDouble()) {
                problems.report(
                        text.at(0),
                        "the range " + written + " runs backwards; write the smaller number first, as in 1..5");
                return Optional.empty();
            }
            return Optional.of(new NumericTarget.Between(min.getAsDouble(), max.getAsDouble()));
        }
        OptionalDouble value = Numbers.parse(colon < 0 ? written : written.substring(0, colon));
        OptionalDouble tolerance = colon < 0 ? OptionalDouble.of(0) : Numbers.parse(written.substring(colon + 1));
        if (value.isEmpty() || tolerance.isEmpty()) {
            return notANumber(text, problems);
        }
        if (tolerance.getAsDouble() < 0) {
            problems.report(text.at(colon + 1), "the tolerance in " + written + " is negative; " + EXAMPLES);
            return Optional.empty();
        }
        return Optional.of(new NumericTarget.Approximately(value.getAsDouble(), tolerance.getAsDouble()));
    }

    private static Optional<NumericTarget> notANumber(SourceText text, Problems problems) {
        problems.report(text.at(0), "the numeric answer \"" + text.unescaped() + "\" is not a number; " + EXAMPLES);
        return Optional.empty();
    }
}
