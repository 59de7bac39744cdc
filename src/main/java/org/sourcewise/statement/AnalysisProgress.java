package org.sourcewise.statement;

/** How far the background analysis of the library has come. */
public record AnalysisProgress(int articles, int done, int failed) {

    public boolean finished() {
        return done + failed >= articles;
    }
}
