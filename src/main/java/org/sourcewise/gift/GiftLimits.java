package org.sourcewise.gift;

/**
 * How much one GIFT file or question may hold. Far above what a teacher writes, low enough that a student's page
 * stays quick: a matching question's every item lists every match, so 300 pairs made 90,000 dropdown entries.
 * The parser enforces them, so the quiz folder, {@code check-quiz} and the question dialog agree.
 */
public final class GiftLimits {

    /** Characters of a whole file. */
    public static final int FILE = 1_000_000;
    /** Characters of one question as written in GIFT, from its title to the end of its block. */
    public static final int QUESTION = 20_000;
    /** Characters of a question's text, of its general feedback and of any answer's feedback. */
    public static final int TEXT = 4_000;
    /** Characters of one answer, choice or match. */
    public static final int ANSWER = 1_000;

    public static final int CHOICES = 20;
    public static final int PAIRS = 12;
    public static final int QUESTIONS = 500;
    /** Characters of the quiz's own title, its {@code // title:} header comment. */
    public static final int TITLE = 200;

    private GiftLimits() {}

    static String format(int limit) {
        return String.format("%,d", limit);
    }
}
