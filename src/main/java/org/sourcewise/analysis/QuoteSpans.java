package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside double quotation marks. Marks toggle open and closed within a paragraph, which
 * also copes with web copy that uses an opening mark to close; a quote left open at the end of a paragraph
 * runs to the paragraph's end, as news style does for quotes that continue in the next paragraph.
 */
final class QuoteSpans {

    private QuoteSpans() {}

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraphEnd = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (paragraphEnd && open >= 0) {
                add(spans, text, open, i);
                open = -1;
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                if (open < 0) {
                    open = i + 1;
                } else {
                    add(spans, text, open, i);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            add(spans, text, open, text.length());
        }
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    static int words(String text, Span span) {
        String inside = text.substring(span.start(), span.end()).strip();
        return inside.isEmpty() ? 0 : inside.split("\\s+").length;
    }
}
