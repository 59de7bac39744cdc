package org.sourcewise.quiz.gift;

/**
 * Moodle's GIFT quiz format: read a file into a {@link GiftQuiz}, write one back, or export it as Moodle XML.
 *
 * <pre>{@code
 * GiftQuiz quiz = Gift.parse(Files.readString(path));   // or GiftSyntaxException, listing every mistake
 * quiz.article();                                       // from "// article: seeds/003_c69a83af02cbb3b2.txt"
 * String xml = Gift.toMoodleXml(quiz);
 * }</pre>
 */
public final class Gift {

    private Gift() {
    }

    /**
     * Reads GIFT text; Windows line endings and a byte-order mark are fine.
     *
     * @throws GiftSyntaxException listing every mistake found, when there is any: a file with errors gives no questions
     */
    public static GiftQuiz parse(String text) {
        return QuizParser.parse(text);
    }

    /** GIFT text that {@link #parse(String)} reads back into an equal quiz. */
    public static String write(GiftQuiz quiz) {
        return GiftWriter.write(quiz);
    }

    /** The quiz as a Moodle XML {@code <quiz>} document, with a category question wherever {@code $CATEGORY:} changes. */
    public static String toMoodleXml(GiftQuiz quiz) {
        return MoodleXmlWriter.write(quiz);
    }
}
