package org.sourcewise.gift;

import java.util.Arrays;
import java.util.Optional;

/** How Moodle renders a question's text: the {@code [moodle]}, {@code [html]}, {@code [plain]} or {@code [markdown]} prefix. */
public enum TextFormat {
    /** Moodle's own auto-format, the default when a question names no format. */
    MOODLE("moodle", "moodle_auto_format"),
    HTML("html", "html"),
    PLAIN("plain", "plain_text"),
    MARKDOWN("markdown", "markdown");

    private final String giftName;
    private final String moodleXmlName;

    TextFormat(String giftName, String moodleXmlName) {
        this.giftName = giftName;
        this.moodleXmlName = moodleXmlName;
    }

    String giftName() {
        return giftName;
    }

    String moodleXmlName() {
        return moodleXmlName;
    }

    /** Like Moodle, only the exact lower-case names count; any other bracketed word stays part of the text. */
    static Optional<TextFormat> ofGiftName(String name) {
        return Arrays.stream(values())
                .filter(format -> format.giftName.equals(name))
                .findFirst();
    }
}
