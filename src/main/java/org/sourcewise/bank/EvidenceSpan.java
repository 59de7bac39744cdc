package org.sourcewise.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.sourcewise.analysis.Span;

/** A stretch of the article's text a reader needs for a question, as stored. */
@Embeddable
class EvidenceSpan {

    @Column(name = "start_offset")
    private int start;

    @Column(name = "end_offset")
    private int end;

    protected EvidenceSpan() {}

    EvidenceSpan(Span span) {
        this.start = span.start();
        this.end = span.end();
    }

    Span span() {
        return new Span(start, end);
    }
}
