package org.sourcewise.cleaning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes that should be a UTF-8 text file: the one check of every way a file comes in (an upload, a seed, a quiz file,
 * a command's file), so each says the same thing of the same file. The reason names the encoding a teacher most
 * likely saved in by mistake, UTF-16 (Windows Notepad's "Unicode"), which otherwise reads as binary data.
 */
public final class TextBytes {

    private TextBytes() {}

    /** Why bytes are not UTF-8 text, as words that follow "The file cannot be read: " and say what to do. */
    public static final class NotText extends Exception {

        private NotText(String reason) {
            super(reason);
        }
    }

    /**
     * The text of the bytes, decoded once, without a byte-order mark. A NUL means binary data; other control
     * characters are left to the caller, which can say where they are.
     *
     * @throws NotText when they are not UTF-8 text, saying why
     */
    public static String text(byte[] bytes) throws NotText {
        if (isUtf16(bytes)) {
            throw new NotText(
                    "it is saved as UTF-16 (Notepad calls it \"Unicode\"), not UTF-8; save it again as UTF-8");
        }
        Optional<String> decoded = decode(bytes);
        if (hasNul(bytes) || decoded.isEmpty() && hasControlBytes(bytes)) {
            throw new NotText("it holds binary data, not text");
        }
        String text = decoded.orElseThrow(() -> new NotText("it is not UTF-8 text; save it again as UTF-8"));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Why a text, pasted or read from a file, cannot be an article's: the control characters of binary data, or
     * replacement characters (U+FFFD) where a wrong decoding lost letters, which a student would see as boxes and the
     * engine cannot read; words that follow "The text cannot be used: ", or empty when it is fine. The import and
     * the engine both ask here.
     */
    public static Optional<String> whyNotArticleText(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.of("it holds binary data, not text");
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return Optional.of("it holds characters lost in copying (shown as \uFFFD), which happens when a file"
                    + " is read in the wrong encoding; copy the text from the web page again, or save the file as"
                    + " UTF-8");
        }
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** No text file of any single-byte encoding holds a NUL. */
    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Control characters but tab and line breaks: with bytes that are not UTF-8, they mean a picture or a document,
     * not text in another encoding. In UTF-8 text, one is a stray character the caller can point at.
     */
    private static boolean hasControlBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * A UTF-16 byte-order mark, or, without one, the pattern Latin letters give in UTF-16: a NUL in one byte of
     * nearly every pair and almost never in the other. Binary data has NULs in both.
     */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2
                && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return true;
        }
        int pairs = bytes.length / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int more = Math.max(evenNuls, oddNuls);
        int fewer = Math.min(evenNuls, oddNuls);
        return pairs > 0 && more * 2 > pairs && fewer * 20 < more;
    }
}
