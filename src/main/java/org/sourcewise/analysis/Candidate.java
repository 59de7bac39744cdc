package org.sourcewise.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A statement found in a sentence before its speaker is resolved and its date read. The content is a span
 * of the text, with its own wording only when the attribution sits inside it ("X, according to Y, is Z").
 * {@code rule} names the finding rule (see {@link StatementExtractor}), which {@code extract} reports.
 */
record Candidate(
        Mention speaker,
        Span content,
        @Nullable String ownWording,
        Span evidence,
        String cue,
        @Nullable Token verb,
        boolean continuation,
        String rule) {

    static final String REPORTING_VERB = "reporting-verb";
    static final String ACCORDING_TO = "according-to";
    static final String QUOTE_THEN_ATTRIBUTION = "quote-then-attribution";
    static final String CONTINUATION = "continuation";

    Candidate(
            Mention speaker,
            Span content,
            @Nullable String ownWording,
            Span evidence,
            String cue,
            @Nullable Token verb,
            boolean continuation) {
        this(
                speaker,
                content,
                ownWording,
                evidence,
                cue,
                verb,
                continuation,
                "according to".equalsIgnoreCase(cue) ? ACCORDING_TO : REPORTING_VERB);
    }

    Candidate(Mention speaker, Span content, Span evidence, String cue, @Nullable Token verb, boolean continuation) {
        this(speaker, content, null, evidence, cue, verb, continuation);
    }

    Candidate withContent(String before, String after) {
        String joined = before.replaceAll("[,\\s]+$", "") + " " + after.replaceAll("^[,\\s]+", "");
        return new Candidate(speaker, content, joined.strip(), evidence, cue, verb, continuation, rule);
    }

    String wording(ParsedText parsed) {
        return ownWording != null ? ownWording : parsed.slice(content.start(), content.end());
    }
}
