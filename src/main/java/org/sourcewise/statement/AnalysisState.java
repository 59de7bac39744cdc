package org.sourcewise.statement;

/** Where an article is in the background analysis. */
public enum AnalysisState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
