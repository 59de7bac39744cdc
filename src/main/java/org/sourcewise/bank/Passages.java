package org.sourcewise.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcewise.analysis.Span;

/**
 * Finds a passage in an article's text the way a reader would: ignoring case, runs of spaces and line breaks,
 * and curly against straight quotation marks and apostrophes, so a sentence copied from the article or quoted
 * in a question's feedback is found even when the quotation marks differ.
 */
public final class Passages {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201d]{12,600})[\"\u201d]");

    private Passages() {}

    public static Optional<Span> find(String article, String passage) {
        Normal text = Normal.of(article);
        String wanted = Normal.of(passage).text.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        int at = text.text.indexOf(wanted);
        return at < 0
                ? Optional.empty()
                : Optional.of(new Span(text.origin.get(at), text.origin.get(at + wanted.length() - 1) + 1));
    }

    /** The stretches of the article that a feedback text quotes, in order, at most {@code most}. */
    static List<Span> quotedIn(String article, String feedback, int most) {
        List<Span> found = new ArrayList<>();
        Matcher quote = QUOTED.matcher(feedback);
        while (quote.find() && found.size() < most) {
            // Words left out with an ellipsis are not in the article as one stretch: the part before it is.
            String before = quote.group(1).split("(\\.\\.\\.|\u2026)", -1)[0].strip();
            if (before.length() >= 12) {
                find(article, before).filter(span -> !found.contains(span)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Text folded for comparison, with the offset in the original text of each folded character. */
    private record Normal(String text, List<Integer> origin) {

        static Normal of(String original) {
            StringBuilder folded = new StringBuilder();
            List<Integer> origin = new ArrayList<>();
            boolean space = false;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space = true;
                    continue;
                }
                if (space && !folded.isEmpty()) {
                    folded.append(' ');
                    origin.add(i - 1);
                }
                space = false;
                folded.append(
                        switch (c) {
                            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
                            case '\u2018', '\u2019', '\u2032' -> '\'';
                            default -> Character.toLowerCase(c);
                        });
                origin.add(i);
            }
            return new Normal(folded.toString(), origin);
        }
    }
}
