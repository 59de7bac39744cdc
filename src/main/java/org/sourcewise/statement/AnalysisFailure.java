package org.sourcewise.statement;

/** Turns an analysis failure into a sentence a teacher can act on; details go to the server log. */
final class AnalysisFailure {

    private AnalysisFailure() {}

    static String describe(RuntimeException failure) {
        if (failure instanceof org.sourcewise.analysis.ExtractionException known) {
            return known.getMessage();
        }
        return "Sourcewise could not analyse this article because of an internal error; the server log has the details.";
    }
}
