package org.sourcewise.gift;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Numbers in weights and numeric answers: read strictly, written in their shortest exact form ({@code 50}, not {@code 50.0}). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Numbers() {}

    static OptionalDouble parse(String text) {
        String candidate = text.strip();
        if (!NUMBER.matcher(candidate).matches()) {
            return OptionalDouble.empty();
        }
        double number = Double.parseDouble(candidate);
        return Double.isFinite(number) ? OptionalDouble.of(withoutNegativeZero(number)) : OptionalDouble.empty();
    }

    /** -0 is written as 0, so it must be 0 already for the number to read back equal. */
    static double withoutNegativeZero(double number) {
        return number + 0.0;
    }

    static String format(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
