package org.sourcewise.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.cleaning.TextBytes;

/**
 * The attribution engine's entry point: finds who said what, and when, in an article's text. Stages, each
 * its own class: the linguistic layer ({@link Parser}), quotation marks ({@link QuoteSpans}), reported speech
 * per sentence ({@link ReportedSpeech}), speakers ({@link Speakers}), dates ({@link SaidOn}, {@link Scenes}). Thread-safe;
 * the language models load once, on the first article.
 */
public final class StatementExtractor {

    /** About 30,000 words: far beyond any news article, and still analysed in well under a minute. */
    public static final int MAX_CHARACTERS = 200_000;

    private final Parser parser;

    StatementExtractor(Parser parser) {
        this.parser = parser;
    }

    public static StatementExtractor withCoreNlp() {
        return new StatementExtractor(new CoreNlpParser());
    }

    /**
     * An engine that parses from the recordings in {@code folder} instead of language models: rule tests and
     * corpus figures in milliseconds. A text with no recording there is an {@link IllegalStateException}.
     */
    public static StatementExtractor withRecordedParses(Path folder) {
        return new StatementExtractor(new RecordedParser(folder));
    }

    /** The CoreNLP engine that also records each text's parse (of every sentence) into {@code folder}. */
    public static StatementExtractor recordingParsesTo(Path folder) {
        return new StatementExtractor(new RecordingParser(folder));
    }

    /**
     * Who said what, and when, in an article, and the days it names.
     *
     * @param published the publication date relative dates resolve against; null gives no dates at all
     * @throws ExtractionException when the text cannot be an article (too long, binary data)
     */
    public ExtractionResult extract(ArticleText article, @Nullable LocalDate published) {
        String text = article.text();
        if (text.length() > MAX_CHARACTERS) {
            throw new ExtractionException("This text has " + text.length() + " characters; Sourcewise analyses "
                    + "articles of up to " + MAX_CHARACTERS + ". Import the article itself, not a whole page or book.");
        }
        TextBytes.whyNotArticleText(text).ifPresent(reason -> {
            throw new ExtractionException("This text cannot be analysed: " + reason + ".");
        });
        if (text.isBlank()) {
            return new ExtractionResult(List.of(), List.of());
        }
        ParsedText parsed = parser.parse(text, published);
        return new ExtractionResult(statements(parsed, published), DatedEvents.find(parsed, published));
    }

    private static List<Statement> statements(ParsedText parsed, @Nullable LocalDate published) {
        List<Span> quotes = QuoteSpans.find(parsed.text());
        Speakers speakers = new Speakers(parsed, quotes);
        Scenes scenes = new Scenes(published, quotes);
        List<Statement> statements = new ArrayList<>();
        List<Sentence> sentences = parsed.sentences();
        int lastStatementSentence = -10;
        int consumedUntil = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (i > 0) {
                speakers.observe(sentences.get(i - 1));
                scenes.record(sentences.get(i - 1));
            }
            if (scenes.enter(sentence)) {
                lastStatementSentence = -10;
            }
            if (sentence.start() < consumedUntil) {
                // a sentence inside the quotation of the last statement: the statement goes on here
                lastStatementSentence = i;
                continue;
            }
            List<Candidate> candidates = nested(parsed, ReportedSpeech.find(parsed, sentence, quotes));
            if (candidates.isEmpty()) {
                Candidate tagged = Quotations.taggedAfter(parsed, sentence, quotes);
                candidates = tagged == null ? candidates : List.of(tagged);
            }
            if (candidates.isEmpty()) {
                Span quote = Quotations.wholeSentenceQuote(parsed, sentence, quotes);
                if (quote != null) {
                    Mention after = i + 1 < sentences.size() ? Quotations.bareAttribution(sentences.get(i + 1)) : null;
                    if (after != null) {
                        candidates = List.of(new Candidate(
                                after,
                                quote,
                                null,
                                new Span(sentence.start(), sentences.get(i + 1).end()),
                                after.sentence()
                                        .tokens()
                                        .get(
                                                after.head().head() < 0
                                                        ? after.head().index()
                                                        : after.head().head())
                                        .word(),
                                null,
                                false,
                                Candidate.QUOTE_THEN_ATTRIBUTION));
                    } else if (!statements.isEmpty()
                            && i - lastStatementSentence <= 3
                            && !attributedLater(parsed, sentences, i, Quotations.containing(quotes, quote), quotes)) {
                        // a quotation going on over several sentences is one statement
                        Span whole = Quotations.containing(quotes, quote);
                        Statement previous = statements.getLast();
                        Provenance before = previous.provenance();
                        // a quotation goes on at the time it began, unless the next sentence opens with an attribution
                        // of its own ("... ?" wrote X): then it is a new one, of no known day
                        boolean attributedAfter = i + 1 < sentences.size()
                                && ReportingVerbs.isReporting(
                                        sentences.get(i + 1).tokens().getFirst());
                        LocalDate saidOn = attributedAfter ? null : inheritedDate(previous);
                        String dateBy = saidOn == null ? null : before.dateBy();
                        double dateConfidence = saidOn == null ? 0.0 : before.dateConfidence();
                        if (saidOn == null && !attributedAfter && SaidOn.speaksOfItsOwnDay(parsed, whole, quotes)) {
                            saidOn = scenes.lastToldDay();
                            dateBy = saidOn == null ? null : Confidence.DATE_OF_SAME_DAY_EVENTS;
                            dateConfidence = Confidence.date(dateBy);
                        }
                        statements.add(new Statement(
                                previous.speaker(),
                                parsed.slice(whole.start(), whole.end()),
                                StatementKind.DIRECT,
                                saidOn,
                                whole,
                                new Span(sentence.start(), Math.max(sentence.end(), whole.end())),
                                "(continuation)",
                                new Provenance(
                                        Candidate.CONTINUATION,
                                        Attribution.CONTINUATION,
                                        dateBy,
                                        Confidence.continuation(
                                                before.speakerConfidence(),
                                                otherVoice(
                                                        sentences,
                                                        lastStatementSentence + 1,
                                                        parsed.sentences()
                                                                .indexOf(parsed.sentenceAt(
                                                                        Math.max(whole.start(), whole.end() - 1))),
                                                        previous.speaker(),
                                                        speakers,
                                                        quotes)),
                                        dateConfidence)));
                        consumedUntil = whole.end();
                        lastStatementSentence = i;
                        continue;
                    }
                }
            }
            candidates = Quotations.runOn(
                    parsed,
                    sentence,
                    Quotations.secondHalves(
                            parsed,
                            sentence,
                            Quotations.quoteAfterColon(
                                    parsed, Quotations.wholeQuotes(parsed, candidates, quotes), quotes),
                            quotes),
                    quotes);
            for (Candidate candidate : candidates) {
                consumedUntil = Math.max(consumedUntil, candidate.content().end());
                Attribution attribution = speakers.resolve(candidate.speaker(), candidate.content());
                Speaker speaker = attribution.speaker();
                LocalDate saidOn = SaidOn.of(candidate, published, scenes.previousDay());
                String dateRule = saidOn == null ? null : Confidence.DATE_IN_CLAUSE;
                boolean ofStoryTime = !SaidOn.toldOutOfStoryTime(candidate);
                if (saidOn == null
                        && ofStoryTime
                        && !statements.isEmpty()
                        && i - lastStatementSentence <= 2
                        && statements.getLast().speaker().name().equals(speaker.name())) {
                    saidOn = inheritedDate(statements.getLast());
                    dateRule = saidOn == null ? null : Confidence.DATE_OF_PREVIOUS;
                }
                if (saidOn == null && ofStoryTime) {
                    saidOn = scenes.dateFor(speaker);
                    dateRule = saidOn == null ? null : Confidence.DATE_OF_SCENE;
                }
                if (saidOn == null && ofStoryTime) {
                    saidOn = scenes.actDateFor(speaker, sentence);
                    dateRule = saidOn == null ? null : Confidence.DATE_OF_SCENE;
                }
                if (saidOn == null && ofStoryTime && SaidOn.speaksOfItsOwnDay(parsed, candidate.content(), quotes)) {
                    saidOn = scenes.lastToldDay();
                    dateRule = saidOn == null ? null : Confidence.DATE_OF_SAME_DAY_EVENTS;
                }
                Provenance provenance = new Provenance(
                        candidate.rule(),
                        attribution.rule(),
                        dateRule,
                        Confidence.speaker(candidate, attribution),
                        Confidence.date(dateRule));
                statements.add(new Statement(
                        speaker,
                        candidate.wording(parsed),
                        kindOf(candidate, quotes),
                        saidOn,
                        candidate.content(),
                        candidate.evidence(),
                        candidate.cue(),
                        provenance));
                lastStatementSentence = i;
            }
        }
        return statements;
    }

    /**
     * The day a statement passes on to the next words of its speaker: not one its own "this morning" gave it,
     * since those next words need not speak of the same events.
     */
    private static @Nullable LocalDate inheritedDate(Statement statement) {
        return Confidence.DATE_OF_SAME_DAY_EVENTS.equals(statement.provenance().dateBy()) ? null : statement.saidOn();
    }

    /**
     * Whether the sentences since the last statement, up to this one, hold another voice the quotation may
     * belong to: a person other than the speaker, or a reporting verb outside quotation marks that no rule read.
     */
    private static boolean otherVoice(
            List<Sentence> sentences, int from, int to, Speaker speaker, Speakers speakers, List<Span> quotes) {
        for (int k = Math.max(0, from); k <= to; k++) {
            Sentence sentence = sentences.get(k);
            if (speakers.namesSomeoneElse(sentence, speaker)) {
                return true;
            }
            for (Token token : sentence.tokens()) {
                if (ReportingVerbs.isReporting(token) && !ReportedSpeech.inside(quotes, token.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * ""We will rebuild. It will take years," the mayor said.": a quotation whose attribution comes in a later
     * sentence it runs into is that attribution's statement, not a continuation of the one before.
     */
    private static boolean attributedLater(
            ParsedText parsed, List<Sentence> sentences, int from, Span quote, List<Span> quotes) {
        for (int j = from + 1; j < sentences.size() && sentences.get(j).start() < quote.end(); j++) {
            for (Candidate candidate : ReportedSpeech.find(parsed, sentences.get(j), quotes)) {
                if (candidate.content().start() < quote.end()
                        && candidate.content().end() > quote.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reports inside reports: "X confirmed Y, saying Z" gives Z to X; "The White House said that Biden said
     * Z" is Biden's statement; "A, according to B, said Z" is A's; a stance verb inside what was said
     * ("will emphasize") is part of the outer statement, not one of its own.
     */
    @SuppressWarnings("ReferenceEquality") // a candidate is not nested in itself, but may be in an equal one
    private static List<Candidate> nested(ParsedText parsed, List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>(candidates);
        for (Candidate outer : candidates) {
            for (Candidate inner : candidates) {
                if (inner == outer
                        || inner.verb() == null
                        || !kept.contains(outer)
                        || !kept.contains(inner)
                        || inner.verb().start() < outer.content().start()
                        || inner.verb().end() > outer.content().end()) {
                    continue;
                }
                if (inner.cue().equals("according to")) {
                    // "X said Y, according to Z": Z relays X's statement, which ends before the attribution
                    endAt(parsed, kept, outer, inner.verb().index() - 1);
                    kept.remove(inner);
                } else if (inner.verb().pos().equals("VBG") && inner.verb().index() > 0) {
                    endAt(parsed, kept, outer, Math.max(0, inner.verb().index() - 1));
                    kept.set(
                            kept.indexOf(inner),
                            new Candidate(
                                    outer.speaker(),
                                    inner.content(),
                                    inner.evidence(),
                                    inner.cue(),
                                    inner.verb(),
                                    false));
                } else if (Set.of("parataxis", "conj").contains(inner.verb().relation())
                        && ReportedSpeech.subjectOf(inner.speaker().sentence(), inner.verb()) != null
                        && inner.speaker().first() > outer.content().start()) {
                    // "Although A has stated X, B has stated Y": two statements side by side, not one inside the other
                    endAt(parsed, kept, outer, inner.speaker().first() - 1);
                } else if (outer.cue().equals("according to")
                        || Lexicon.SAY_LIKE_VERBS.contains(inner.verb().lemma())) {
                    kept.remove(outer);
                } else {
                    kept.remove(inner);
                }
            }
        }
        List<Candidate> distinct = new ArrayList<>();
        for (Candidate candidate : kept) {
            if (distinct.stream().noneMatch(k -> k.content().equals(candidate.content()))) {
                distinct.add(candidate);
            }
        }
        return distinct;
    }

    /** Ends the outer statement's content at token {@code last} of its sentence, where another statement begins. */
    private static void endAt(ParsedText parsed, List<Candidate> kept, Candidate outer, int last) {
        Span shortened = ReportedSpeech.trim(
                parsed,
                outer.speaker().sentence(),
                tokenAt(outer.speaker().sentence(), outer.content().start()),
                last);
        if (shortened != null) {
            kept.set(
                    kept.indexOf(outer),
                    new Candidate(outer.speaker(), shortened, outer.evidence(), outer.cue(), outer.verb(), false));
        }
    }

    private static int tokenAt(Sentence sentence, int offset) {
        for (Token token : sentence.tokens()) {
            if (token.end() > offset) {
                return token.index();
            }
        }
        return sentence.tokens().size() - 1;
    }

    private static StatementKind kindOf(Candidate candidate, List<Span> quotes) {
        Span content = candidate.content();
        for (Span quote : quotes) {
            if (quote.start() <= content.start() + 1 && quote.end() >= content.end() - 1) {
                return StatementKind.DIRECT;
            }
        }
        for (Span quote : quotes) {
            if (quote.start() < content.end() && quote.end() > content.start()) {
                return StatementKind.MIXED;
            }
        }
        return StatementKind.INDIRECT;
    }
}
