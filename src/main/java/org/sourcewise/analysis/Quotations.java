package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Quotations that stand as sentences of their own, attributed by the sentence after or before them. */
final class Quotations {

    private Quotations() {}

    /** The quote when quotation marks hold (nearly) the whole sentence and the quotation has five words or more ("He was calm. Assured." counts them all). */
    static @Nullable Span wholeSentenceQuote(ParsedText parsed, Sentence sentence, List<Span> quotes) {
        for (Span quote : quotes) {
            int overlapStart = Math.max(quote.start(), sentence.start());
            int overlapEnd = Math.min(quote.end(), sentence.end());
            if (overlapEnd > overlapStart
                    && QuoteSpans.words(parsed.text(), new Span(overlapStart, overlapEnd)) >= 1
                    && overlapEnd - overlapStart >= 0.8 * (sentence.end() - sentence.start() - 2)
                    && QuoteSpans.words(parsed.text(), quote) >= 5) {
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

    /** The end of a quote without the comma that hands it over to its attribution ("We will finish it," she said). */
    private static int trimComma(String text, int start, int end) {
        end = trimEnd(text, start, end);
        while (end > start && ", ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && "\u201C\u201D\" ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** "A government official told the Washington Post." after a quote: a short report with nothing reported. */
    static @Nullable Mention bareAttribution(Sentence sentence) {
        // "wrote Cattelan, the artist, in an e-mail to the paper.": a sentence that opens on its reporting verb
        // only tells who said the quotation before it, however long the telling
        boolean opensOnVerb = ReportingVerbs.isReporting(sentence.tokens().getFirst());
        if (sentence.tokens().size() > 10 && !opensOnVerb) {
            return null;
        }
        for (Token token : sentence.tokens()) {
            if (ReportingVerbs.isReporting(token) && sentence.child(token, "ccomp") == null) {
                Mention subject = ReportedSpeech.subjectOf(sentence, token);
                if (subject == null && token.index() == 0) {
                    subject = ReportedSpeech.invertedSubject(sentence, token);
                }
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
                if (candidate.ownWording() == null
                        && quote.start() < content.end()
                        && quote.end() > content.end()
                        && quote.end() > sentence.end()) {
                    longer = quote;
                }
            }
            if (longer == null) {
                extended.add(candidate);
                continue;
            }
            Span whole = new Span(content.start(), trimEnd(parsed.text(), content.start(), longer.end()));
            extended.add(moved(
                    candidate,
                    whole,
                    new Span(
                            candidate.evidence().start(),
                            Math.max(candidate.evidence().end(), longer.end()))));
        }
        return extended;
    }

    /** Content that the parser cut out of a quotation ("and all that") is the whole quotation of four words or more. */
    static List<Candidate> wholeQuotes(ParsedText parsed, List<Candidate> candidates, List<Span> quotes) {
        List<Candidate> widened = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Span content = candidate.content();
            Span quote = containing(quotes, content);
            if (candidate.ownWording() == null
                    && !quote.equals(content)
                    && QuoteSpans.words(parsed.text(), quote) >= 4) {
                candidate = moved(
                        candidate,
                        new Span(quote.start(), trimComma(parsed.text(), quote.start(), quote.end())),
                        new Span(
                                Math.min(quote.start(), candidate.evidence().start()),
                                candidate.evidence().end()));
            }
            widened.add(candidate);
        }
        return widened;
    }

    /**
     * "According to X, the case is strong: "The key factor is ..."": what X said in the writer's words and then
     * in X's own are two statements, split at the colon.
     */
    static List<Candidate> quoteAfterColon(ParsedText parsed, List<Candidate> candidates, List<Span> quotes) {
        List<Candidate> split = new ArrayList<>(candidates.size());
        String text = parsed.text();
        for (Candidate candidate : candidates) {
            Span content = candidate.content();
            Span after = null;
            int colon = -1;
            for (Span quote : quotes) {
                if (candidate.ownWording() == null
                        && quote.start() > content.start()
                        && quote.start() < content.end()
                        && quote.end() >= content.end() - 1
                        && QuoteSpans.words(text, quote) >= 4) {
                    int before = quote.start() - 1;
                    while (before > content.start() && "\u201C\"' ".indexOf(text.charAt(before)) >= 0) {
                        before--;
                    }
                    if (text.charAt(before) == ':') {
                        after = quote;
                        colon = before;
                    }
                }
            }
            if (after == null || QuoteSpans.words(text, new Span(content.start(), colon)) < 3) {
                split.add(candidate);
                continue;
            }
            split.add(moved(candidate, new Span(content.start(), colon), candidate.evidence()));
            split.add(moved(
                    candidate,
                    new Span(after.start(), trimEnd(text, after.start(), Math.max(after.end(), content.end()))),
                    candidate.evidence()));
        }
        return split;
    }

    /**
     * ""We seek peace," said Khan, "and we will keep it."": the quotation resumed after the attribution is a
     * statement of its own, by the same speaker, when nothing but the speaker and a phrase stand between.
     */
    static List<Candidate> secondHalves(
            ParsedText parsed, Sentence sentence, List<Candidate> candidates, List<Span> quotes) {
        List<Candidate> all = new ArrayList<>(candidates);
        for (Candidate candidate : candidates) {
            Token verb = candidate.verb();
            if (verb == null || candidate.ownWording() != null) {
                continue;
            }
            boolean quoteBefore = false;
            for (Span quote : quotes) {
                if (quote.end() <= verb.start()
                        && quote.end() >= sentence.start()
                        && quote.start() < candidate.content().end()
                        && quote.end() > candidate.content().start()) {
                    quoteBefore = true;
                }
            }
            if (!quoteBefore) {
                continue;
            }
            for (Span quote : quotes) {
                if (quote.start() <= verb.end()
                        || quote.start() >= sentence.end()
                        || QuoteSpans.words(parsed.text(), quote) < 4
                        || all.stream()
                                .anyMatch(c -> c.content().start() < quote.end()
                                        && c.content().end() > quote.start())) {
                    continue;
                }
                if (onlyAttributionBetween(sentence, verb, quote)) {
                    all.add(moved(
                            candidate,
                            new Span(quote.start(), trimComma(parsed.text(), quote.start(), quote.end())),
                            candidate.evidence()));
                }
                break;
            }
        }
        return all;
    }

    /** Between the verb and the quotation: at most eight words, none of them a verb ("said Day in her memoir, "). */
    private static boolean onlyAttributionBetween(Sentence sentence, Token verb, Span quote) {
        int words = 0;
        for (Token token : sentence.tokens()) {
            if (token.start() > verb.start() && token.end() <= quote.start()) {
                if (token.isVerb() || ++words > 8) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * ""Your presence has been a calamity," he continued." and ""...," tweeted Ken Gude.": a quotation of four
     * words or more closed right before a verb of saying, with the speaker just before or after the verb. The
     * verb is known by its form as well as its tag, since taggers often take "tweeted" after a quote for an
     * adjective.
     */
    static @Nullable Candidate taggedAfter(ParsedText parsed, Sentence sentence, List<Span> quotes) {
        String text = parsed.text();
        List<Token> tokens = sentence.tokens();
        for (Span quote : quotes) {
            if (quote.start() < sentence.start()
                    || quote.start() >= sentence.end()
                    || QuoteSpans.words(text, quote) < 4) {
                continue;
            }
            int next = -1;
            for (Token token : tokens) {
                if (token.start() >= quote.end()) {
                    next = token.index();
                    break;
                }
            }
            while (next >= 0 && next < tokens.size() && tokens.get(next).word().matches("[,\u201C\u201D\"]|''|``")) {
                next++;
            }
            if (next < 0 || next >= tokens.size()) {
                continue;
            }
            for (int v = next; v < tokens.size() && v <= next + 3; v++) {
                Token verb = tokens.get(v);
                if (!isSayingWord(verb)) {
                    continue;
                }
                Mention speaker = v > next ? nounPhrase(sentence, next, v - 1) : nounPhrase(sentence, v + 1, v + 8);
                if (speaker == null) {
                    break;
                }
                return new Candidate(
                        speaker,
                        new Span(quote.start(), trimComma(text, quote.start(), quote.end())),
                        null,
                        new Span(sentence.start(), sentence.end()),
                        verb.word(),
                        verb,
                        false,
                        Candidate.QUOTE_THEN_ATTRIBUTION);
            }
        }
        return null;
    }

    private static boolean isSayingWord(Token token) {
        String word = token.word().toLowerCase(java.util.Locale.ROOT);
        String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
        if (token.isVerb() && (Lexicon.REPORTING_VERBS.contains(lemma) || Lexicon.QUOTE_TAGS.contains(lemma))) {
            return true;
        }
        // a past form the tagger mistook: "tweeted", "added", "explained"
        return !token.isVerb()
                && word.endsWith("ed")
                && (Lexicon.REPORTING_VERBS.contains(word.substring(0, word.length() - 2))
                        || Lexicon.REPORTING_VERBS.contains(word.substring(0, word.length() - 1))
                        || Lexicon.QUOTE_TAGS.contains(word.substring(0, word.length() - 2)));
    }

    /** The nouns and names of a short stretch, up to punctuation or a preposition: the speaker's phrase. */
    private static @Nullable Mention nounPhrase(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        int head = -1;
        for (int i = from; i <= to && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.pos().matches("[,.:;]|IN|TO|-LRB-")
                    || token.isVerb()
                    || token.word().matches("[\u201C\u201D\"]")) {
                break;
            }
            if (token.isNoun()) {
                head = i;
            }
        }
        return head < 0 ? null : new Mention(sentence, from, head, tokens.get(head));
    }

    /** The same finding (speaker, cue, verb, rule) with other content: the rule that found it still answers for it. */
    private static Candidate moved(Candidate candidate, Span content, Span evidence) {
        return new Candidate(
                candidate.speaker(),
                content,
                null,
                evidence,
                candidate.cue(),
                candidate.verb(),
                candidate.continuation(),
                candidate.rule());
    }
}
