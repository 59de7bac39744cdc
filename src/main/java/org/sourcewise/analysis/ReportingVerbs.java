package org.sourcewise.analysis;

import java.util.Set;

/** Verbs by which news reports what someone said, by lemma. */
final class ReportingVerbs {

    static final Set<String> LEMMAS = Set.of(
            "say", "tell", "add", "state", "announce", "confirm", "warn", "claim", "deny", "predict", "reiterate",
            "urge", "advise", "stress", "emphasize", "emphasise", "insist", "accuse", "argue", "explain", "note",
            "report", "write", "declare", "assert", "acknowledge", "admit", "allege", "suggest",
            "promise", "pledge", "vow", "threaten", "complain", "caution", "recall", "reply", "respond", "remark",
            "comment", "observe", "estimate", "forecast", "concede", "contend", "mention", "reveal",
            "disclose", "tweet", "testify", "conclude", "analyze", "analyse", "indicate", "signal", "demand",
            "ask", "propose", "recommend", "point", "encourage", "describe", "characterize", "characterise",
            "call", "blame");

    /** Verbs that report a judgement on a thing: what was said is the object with the judgement ("as", "for"). */
    static final Set<String> FRAMING = Set.of("describe", "characterize", "characterise", "call", "blame");

    /** Verbs that pass on what was said without adding a stance; a report inside their clause is the real one. */
    static final Set<String> SAY_LIKE = Set.of("say", "tell", "state", "add", "write", "report");

    private ReportingVerbs() {
    }

    static boolean isReporting(Token token) {
        return token.isVerb() && LEMMAS.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
    }
}
