package org.sourcewise.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits web copy into non-empty lines with normalised spacing and without list bullets. */
final class CopiedLines {

    /** Web pages use odd spaces (no-break, thin, zero-width) that must not split or glue words. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");

    private static final Pattern BULLET = Pattern.compile("^[\\u2013\\u2014\\u2022\\u25AA\\u25CF*\\-]\\s+");

    private CopiedLines() {}

    static List<String> split(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\\r\\n|\\r|\\n")) {
            String normalised =
                    BULLET.matcher(SPACES.matcher(line).replaceAll(" ").strip()).replaceFirst("");
            if (!normalised.isEmpty()) {
                lines.add(normalised);
            }
        }
        return lines;
    }
}
