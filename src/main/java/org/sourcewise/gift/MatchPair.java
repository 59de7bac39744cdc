package org.sourcewise.gift;

import java.util.Objects;

/** One {@code item -> match} line of a matching question; an empty item adds its match as an extra wrong choice. */
public record MatchPair(String item, String match) {

    public MatchPair {
        item = Require.lineBreaks(Objects.requireNonNull(item, "item")).strip();
        match = Require.text(match, "a match");
        // GIFT has no escape for ->, so an item holding one would be read back split in the wrong place.
        if (item.contains("->")) {
            throw new IllegalArgumentException("a matching item cannot contain ->: " + item);
        }
    }

    /** A match that no item asks for, there to make guessing harder. */
    public static MatchPair distractor(String match) {
        return new MatchPair("", match);
    }

    public boolean isDistractor() {
        return item.isEmpty();
    }
}
