package org.sourcewise.analysis;

import java.util.ArrayList;
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

    /**
     * A statement whose quotation goes on past its sentence ("X said, "One. Two."") takes the rest of the
     * quotation: the later sentences of a quote are part of the same statement, not one of their own.
     */
    static List<Candidate> runOn(ParsedText parsed, Sentence sentence, List<Candidate> candidates, List<Span> quotes) {
        List<Candidate> extended = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Span content = candidate.content();
            Span longer = null;
            for (Span quote : quotes) {
                if (candidate.ownWording() == null && quote.start() < content.end() && quote.end() > content.end()
                        && quote.end() > sentence.end()) {
                    longer = quote;
                }
            }
            if (longer == null) {
                extended.add(candidate);
                continue;
            }
            Span whole = new Span(content.start(), trimEnd(parsed.text(), content.start(), longer.end()));
            extended.add(new Candidate(candidate.speaker(), whole, new Span(candidate.evidence().start(),
                    Math.max(candidate.evidence().end(), longer.end())), candidate.cue(), candidate.verb(),
                    candidate.continuation()));
        }
        return extended;
    }
}
