package org.sourcewise.account;

/**
 * Whether a name holds characters a reader cannot see but that change what they see: control characters, the
 * direction overrides such as U+202E, which makes "Ana", U+202E, "nimda" read as "Anaadmin", zero-width spaces. A
 * zero-width joiner (or non-joiner) between two visible characters is part of an emoji such as 👩‍🏫 or of a word in
 * Persian, and emoji tag characters finish a flag such as England's; those are kept.
 */
public final class HiddenCharacters {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int FIRST_TAG = 0xE0020;
    private static final int LAST_TAG = 0xE007F;

    private HiddenCharacters() {}

    public static boolean in(String name) {
        int[] points = name.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int point = points[i];
            if (Character.isISOControl(point)) {
                return true;
            }
            if (Character.getType(point) != Character.FORMAT) {
                continue;
            }
            boolean joiner = point == ZERO_WIDTH_JOINER || point == ZERO_WIDTH_NON_JOINER;
            boolean tag = isTag(point);
            boolean afterVisible = i > 0 && (visible(points[i - 1]) || tag && isTag(points[i - 1]));
            boolean beforeVisible = i + 1 < points.length && visible(points[i + 1]);
            if (!(joiner && afterVisible && beforeVisible) && !(tag && afterVisible)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(int point) {
        return !Character.isWhitespace(point)
                && !Character.isISOControl(point)
                && Character.getType(point) != Character.FORMAT;
    }

    private static boolean isTag(int point) {
        return point >= FIRST_TAG && point <= LAST_TAG;
    }
}
