package org.sourcewise.gift;

/** The numbers a numeric answer accepts, kept in the form the teacher wrote so the writer gives it back unchanged. */
public sealed interface NumericTarget {

    /** The number Moodle compares a student's answer with. */
    double value();

    /** How far from {@link #value()} an answer may be and still count. */
    double tolerance();

    /** {@code 3.14:0.01}, or just {@code 1822} when the tolerance is 0. */
    record Approximately(double value, double tolerance) implements NumericTarget {

        public Approximately {
            Require.finite(value, "a numeric answer");
            value = Numbers.withoutNegativeZero(value);
            Require.finite(tolerance, "a tolerance");
            if (tolerance < 0) {
                throw new IllegalArgumentException("a tolerance cannot be negative: " + tolerance);
            }
        }
    }

    /** {@code 1..5}; Moodle itself stores it as the midpoint with half the width as tolerance. */
    record Between(double min, double max) implements NumericTarget {

        public Between {
            Require.finite(min, "a range's start");
            Require.finite(max, "a range's end");
            min = Numbers.withoutNegativeZero(min);
            max = Numbers.withoutNegativeZero(max);
            if (min > max) {
                throw new IllegalArgumentException("a range must not run backwards: " + min + ".." + max);
            }
        }

        @Override
        public double value() {
            return (min + max) / 2;
        }

        @Override
        public double tolerance() {
            return (max - min) / 2;
        }
    }
}
