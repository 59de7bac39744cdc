package org.sourcewise.live;

import org.sourcewise.account.HiddenCharacters;

/**
 * A participant's chosen name: spaces tidied, 1 to {@link LiveLimits#NICKNAME} characters, nothing hidden
 * ({@link HiddenCharacters}: emoji such as 👩‍🏫 are welcome, direction overrides are not).
 * Markup is allowed in the sense that it is only ever shown as text.
 */
final class Nickname {

    private Nickname() {}

    static String clean(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new LiveException("Choose a nickname.");
        }
        if (name.codePointCount(0, name.length()) > LiveLimits.NICKNAME) {
            throw new LiveException("A nickname can have at most " + LiveLimits.NICKNAME + " characters.");
        }
        if (HiddenCharacters.in(name)) {
            throw new LiveException("A nickname cannot contain invisible characters.");
        }
        return name;
    }
}
