package org.sourcewise.gift;

import java.util.Optional;

/** Optional texts the way the model keeps them: nothing written means absent, never an empty string. */
final class SourceTexts {

    private SourceTexts() {}

    static Optional<String> nonBlank(SourceText raw) {
        String text = raw.unescaped();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Whether a feedback is short enough to show beside an answer; when not, it is reported. */
    static boolean fitsFeedback(SourceText raw, Problems problems) {
        if (raw.length() > GiftLimits.TEXT) {
            problems.report(
                    raw.at(0),
                    "this feedback has " + GiftLimits.format(raw.length()) + " characters; a feedback may have at most "
                            + GiftLimits.format(GiftLimits.TEXT));
            return false;
        }
        return true;
    }
}
