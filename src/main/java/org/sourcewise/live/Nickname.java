package org.sourcewise.live;

/**
 * A participant's chosen name: spaces tidied, 1 to {@link LiveLimits#NICKNAME} characters, no control characters.
 * Markup is allowed in the sense that it is only ever shown as text.
 */
final class Nickname {

    private Nickname() {
    }

    static String clean(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new LiveException("Choose a nickname.");
        }
        if (name.codePointCount(0, name.length()) > LiveLimits.NICKNAME) {
            throw new LiveException("A nickname can have at most " + LiveLimits.NICKNAME + " characters.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new LiveException("A nickname cannot contain invisible characters.");
        }
        return name;
    }
}
