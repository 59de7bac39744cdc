package org.sourcewise.gift;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

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

    /** A file of {@link GiftLimits#FILE} characters takes at most four bytes for each. */
    public static final int MAX_FILE_BYTES = 4 * GiftLimits.FILE;

    private Gift() {}

    /**
     * Reads GIFT text; Windows line endings and a byte-order mark are fine.
     *
     * @throws GiftSyntaxException listing every mistake found, when there is any: a file with errors gives no questions
     */
    public static GiftQuiz parse(String text) {
        return QuizParser.parse(text);
    }

    /**
     * Reads a GIFT file's bytes, which must be UTF-8, as {@code check-quiz} wants them: a file saved in another
     * encoding would otherwise load with its accented letters turned into question marks.
     *
     * @throws GiftSyntaxException when the file is too big, not UTF-8, or has any mistake
     */
    public static GiftQuiz parse(byte[] file) {
        Problems problems = new Problems();
        // The quiz folder reads one byte past the limit and no further, so the length read is not the file's size.
        if (file.length > MAX_FILE_BYTES) {
            problems.report(
                    new Position(1, 1),
                    "the file has more than " + GiftLimits.format(MAX_FILE_BYTES)
                            + " bytes; a quiz file may have at most " + GiftLimits.format(GiftLimits.FILE)
                            + " characters");
            problems.throwIfAny();
        }
        try {
            return parse(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(file))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.report(new Position(1, 1), "the file is not UTF-8 text; save it as UTF-8 and try again");
            problems.throwIfAny();
            throw new IllegalStateException(e);
        }
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
