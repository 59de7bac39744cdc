package org.sourcewise.statement;

import java.text.BreakIterator;
import java.util.Locale;
import org.sourcewise.analysis.Span;

/**
 * The words a teacher selected in an article's cleaned text. A mouse selection rarely ends exactly on a word (a
 * double-click takes the space after it, a drag the paragraph break), so surrounding whitespace is dropped rather
 * than refused; for a direct quote so are the quotation marks, which the engine never counts as the quote's words.
 */
final class SelectedWords {

    static final int MAX_LENGTH = 3000;

    private static final String OPENING_MARKS = "\"“‘'«";
    private static final String CLOSING_MARKS = "\"”’'»";
    private static final String PARAGRAPH_BREAK = "\n\n";

    private SelectedWords() {}

    /** The selection without the whitespace (and, for a quote, the marks) at its edges; refused when nothing is left. */
    static Span trim(String text, Span selection, boolean quote) {
        if (selection == null
                || selection.start() < 0
                || selection.end() > text.length()
                || selection.start() >= selection.end()) {
            throw new StatementException("Select the statement's words in the article's text first.");
        }
        int start = selection.start();
        int end = selection.end();
        boolean trimmed;
        do {
            trimmed = false;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (quote && start < end && OPENING_MARKS.indexOf(text.charAt(start)) >= 0) {
                start++;
                trimmed = true;
            }
            if (quote && end > start && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
                trimmed = true;
            }
        } while (trimmed);
        if (start == end) {
            throw new StatementException("The selection holds no words; select the statement's words in the article.");
        }
        if (end - start > MAX_LENGTH) {
            throw new StatementException(String.format(
                    Locale.ENGLISH,
                    "A statement may have at most %,d characters; select only the words that were said.",
                    MAX_LENGTH));
        }
        return new Span(start, end);
    }

    /** The words as a question shows them: a paragraph break or run of spaces inside becomes one space. */
    static String content(String text, Span words) {
        return text.substring(words.start(), words.end()).replaceAll("\\s+", " ");
    }

    /** The whole sentences the words stand in, within their paragraphs: what a student is shown as evidence. */
    static Span evidence(String text, Span words) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int paragraphStart = text.lastIndexOf(PARAGRAPH_BREAK, words.start());
        int paragraphEnd = text.indexOf(PARAGRAPH_BREAK, words.end());
        int start = Math.max(
                sentences.preceding(words.start() + 1),
                paragraphStart < 0 ? 0 : paragraphStart + PARAGRAPH_BREAK.length());
        int end = Math.min(sentences.following(words.end() - 1), paragraphEnd < 0 ? text.length() : paragraphEnd);
        while (end > words.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
