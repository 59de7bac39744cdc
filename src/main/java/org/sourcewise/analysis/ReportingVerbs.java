package org.sourcewise.analysis;

/** Whether a word is a verb by which news reports what someone said ({@link Lexicon#REPORTING_VERBS}). */
final class ReportingVerbs {

    private ReportingVerbs() {}

    static boolean isReporting(Token token) {
        return token.isVerb() && Lexicon.REPORTING_VERBS.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
    }
}
