package org.sourcewise.analysis;

import java.util.List;

/** Quotations that stand as sentences of their own, attributed by the sentence after or before them. */
final class Quotations {

    private Quotations() {
    }

    /** The quote when quotation marks hold (nearly) the whole sentence and it has five words or more. */
    static Span wholeSentenceQuote(ParsedText parsed, Sentence sentence, List<Span> quotes) {
        for (Span quote : quotes) {
            int overlapStart = Math.max(quote.start(), sentence.start());
            int overlapEnd = Math.min(quote.end(), sentence.end());
            if (overlapEnd - overlapStart >= 0.8 * (sentence.end() - sentence.start() - 2)
                    && QuoteSpans.words(parsed.text(), new Span(overlapStart, overlapEnd)) >= 5) {
                return new Span(overlapStart, trimEnd(parsed.text(), overlapStart, overlapEnd));
            }
        }
        return null;
    }

    static Span containing(List<Span> quotes, Span part) {
        for (Span quote : quotes) {
            if (quote.start() <= part.start() && quote.end() >= part.end()) {
                return quote;
            }
        }
        return part;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && "\u201C\u201D\" ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** "A government official told the Washington Post." after a quote: a short report with nothing reported. */
    static Mention bareAttribution(Sentence sentence) {
        if (sentence.tokens().size() > 10) {
            return null;
        }
        for (Token token : sentence.tokens()) {
            if (ReportingVerbs.isReporting(token) && sentence.child(token, "ccomp") == null) {
                Mention subject = ReportedSpeech.subjectOf(sentence, token);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }
}
