package org.sourcewise.practice;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.MatchPair;
import org.sourcewise.gift.NumericAnswer;
import org.sourcewise.gift.NumericTarget;
import org.sourcewise.gift.QuestionKind;

/**
 * Checks that an answer is complete and marks it. A choice earns a share of the mark as in Moodle (GIFT weights); an
 * answer is right when it earns the whole mark.
 */
final class Marker {

    /** Moodle rounds totals to hundredths of the mark, so three ticks worth 33.33 % each earn the whole mark. */
    private static final double WHOLE = 99.5;

    private static final String NOT_A_NUMBER = "Type a number, such as 7 or 3.5.";

    private Marker() {}

    /** Refuses an answer the question cannot take, saying what is missing. */
    static void check(KeyedQuestion question, Response response) {
        PlayerQuestion shown = StudentCopy.of(question, 0, 0, null);
        int n = shown.choices().size();
        List<Integer> chosen = response.chosen();
        boolean inRange = chosen.stream().allMatch(i -> i != null && i >= 0 && i < n);
        boolean distinct = new HashSet<>(chosen).size() == chosen.size();
        String problem = switch (question.format()) {
            case ONE_CHOICE, TRUE_FALSE -> chosen.size() == 1 && inRange ? null : "Choose one answer.";
            case SEVERAL_CHOICES -> !chosen.isEmpty() && inRange && distinct ? null : "Tick at least one answer.";
            case ORDERING ->
                chosen.size() == n && inRange && distinct ? null : "Put every item in order before checking.";
            case MATCHING -> chosen.size() == shown.items().size() && inRange ? null : "Pick a match for every item.";
            case SHORT_ANSWER ->
                response.typed().isEmpty()
                        ? "Type your answer."
                        : response.typed().length() > Response.MAX_TYPED
                                ? "Keep your answer under 1,000 characters."
                                : null;
            case NUMERIC -> number(response.typed()).isPresent() ? null : NOT_A_NUMBER;
        };
        if (problem != null) {
            throw new PracticeException(problem);
        }
    }

    static Marking mark(KeyedQuestion question, Response response) {
        PlayerQuestion shown = StudentCopy.of(question, 0, 0, null);
        List<String> choices = shown.choices();
        List<Integer> chosen = response.chosen();
        if (!(question.written() instanceof WrittenQuestion.Gifted gifted)) {
            return marking(
                    question,
                    response,
                    describe(choices, chosen),
                    chosen.equals(question.answer()),
                    question.answer(),
                    describe(choices, question.answer()),
                    "");
        }
        return switch (gifted.question().kind()) {
            case QuestionKind.MultipleChoice kind -> {
                Choice picked = kind.choices().get(chosen.getFirst());
                List<Integer> right = indexes(kind.choices(), c -> c.weight() >= WHOLE);
                yield marking(
                        question,
                        response,
                        choices.get(chosen.getFirst()),
                        picked.weight() >= WHOLE,
                        right,
                        right.stream().map(choices::get).collect(Collectors.joining(" or ")),
                        picked.feedback().orElse(""));
            }
            case QuestionKind.MultipleAnswers kind -> {
                List<Integer> ticked = chosen.stream().sorted().toList();
                double earned = ticked.stream()
                        .mapToDouble(i -> kind.choices().get(i).weight())
                        .sum();
                List<Integer> right = indexes(kind.choices(), c -> c.weight() > 0);
                yield marking(
                        question,
                        response,
                        join(ticked, choices),
                        earned >= WHOLE,
                        right,
                        join(right, choices),
                        ticked.stream()
                                .map(i -> kind.choices().get(i).feedback())
                                .flatMap(Optional::stream)
                                .collect(Collectors.joining(" ")));
            }
            case QuestionKind.TrueFalse kind -> {
                boolean right = (chosen.getFirst() == 0) == kind.answer();
                yield marking(
                        question,
                        response,
                        choices.get(chosen.getFirst()),
                        right,
                        List.of(kind.answer() ? 0 : 1),
                        kind.answer() ? "True" : "False",
                        (right ? kind.feedbackWhenRight() : kind.feedbackWhenWrong()).orElse(""));
            }
            case QuestionKind.ShortAnswer kind ->
                typed(
                        question,
                        response,
                        kind.answers(),
                        a -> accepts(a.text(), response.typed()),
                        Choice::weight,
                        Choice::text,
                        Choice::feedback);
            case QuestionKind.Numeric kind -> {
                double typed = number(response.typed()).orElseThrow(() -> new PracticeException(NOT_A_NUMBER));
                yield typed(
                        question,
                        response,
                        kind.answers(),
                        a -> Math.abs(typed - a.target().value()) <= a.target().tolerance() + 1e-9,
                        NumericAnswer::weight,
                        a -> describe(a.target()),
                        NumericAnswer::feedback);
            }
            case QuestionKind.Matching kind -> {
                List<MatchPair> pairs = kind.pairs().stream()
                        .filter(pair -> !pair.isDistractor())
                        .toList();
                List<Integer> right = pairs.stream()
                        .map(pair -> choices.indexOf(pair.match()))
                        .toList();
                yield marking(
                        question,
                        response,
                        pairs(shown.items(), chosen, choices),
                        chosen.equals(right),
                        right,
                        pairs(shown.items(), right, choices),
                        "");
            }
            default -> throw new PracticeException("This question cannot be answered here.");
        };
    }

    /**
     * A typed answer marked by the best accepted answer it matches; the key shown is the first answer worth the whole
     * mark.
     */
    private static <A> Marking typed(
            KeyedQuestion question,
            Response response,
            List<A> answers,
            Predicate<A> matches,
            ToDoubleFunction<A> weight,
            Function<A, String> inWords,
            Function<A, Optional<String>> feedback) {
        Optional<A> best = answers.stream().filter(matches).max(Comparator.comparingDouble(weight));
        return marking(
                question,
                response,
                response.typed(),
                best.map(a -> weight.applyAsDouble(a) >= WHOLE).orElse(false),
                List.of(),
                answers.stream()
                        .filter(a -> weight.applyAsDouble(a) >= WHOLE)
                        .findFirst()
                        .map(inWords)
                        .orElse(""),
                best.flatMap(feedback).orElse(""));
    }

    private static Marking marking(
            KeyedQuestion question,
            Response response,
            String given,
            boolean correct,
            List<Integer> answer,
            String expected,
            String feedback) {
        return new Marking(
                response,
                given,
                true,
                correct,
                answer,
                expected,
                feedback,
                question.evidence(),
                question.explanation());
    }

    /** Compared as Moodle does by default: ignoring case and extra spaces, with * matching any characters. */
    static boolean accepts(String accepted, String typed) {
        String pattern = Pattern.compile("\\*")
                .splitAsStream(normal(accepted))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        if (accepted.endsWith("*")) {
            pattern += ".*";
        }
        return Pattern.compile(pattern, Pattern.DOTALL).matcher(normal(typed)).matches();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A number as students type it: "3.5", "3,5", " 1 000 " or "-2". */
    static Optional<Double> number(String typed) {
        String plain = typed.replaceAll("[\\s\\u00a0]", "");
        if (!plain.contains(".") && plain.chars().filter(c -> c == ',').count() == 1) {
            plain = plain.replace(',', '.');
        }
        if (!plain.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(plain));
    }

    private static String describe(NumericTarget target) {
        return switch (target) {
            case NumericTarget.Approximately a ->
                a.tolerance() == 0
                        ? plain(a.value())
                        : plain(a.value()) + " (give or take " + plain(a.tolerance()) + ")";
            case NumericTarget.Between b -> "from " + plain(b.min()) + " to " + plain(b.max());
        };
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String describe(List<String> choices, List<Integer> indexes) {
        if (indexes.size() == 1) {
            return choices.get(indexes.getFirst());
        }
        return IntStream.range(0, indexes.size())
                .mapToObj(at -> (at + 1) + ". " + choices.get(indexes.get(at)))
                .collect(Collectors.joining(" "));
    }

    private static String join(List<Integer> indexes, List<String> choices) {
        return indexes.stream().map(choices::get).collect(Collectors.joining("; "));
    }

    private static String pairs(List<String> items, List<Integer> chosen, List<String> matches) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> items.get(i) + " \u2192 " + matches.get(chosen.get(i)))
                .collect(Collectors.joining("; "));
    }

    private static List<Integer> indexes(List<Choice> choices, Predicate<Choice> which) {
        return IntStream.range(0, choices.size())
                .filter(i -> which.test(choices.get(i)))
                .boxed()
                .toList();
    }
}
