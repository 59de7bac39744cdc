package org.sourcewise.practice;

import java.util.List;
import org.sourcewise.analysis.Span;

/**
 * What a student learns once their answer is saved: their answer in words, whether it was right, the right answer
 * in words and as choice indexes (empty for typed answers), the feedback on the answer they gave, the evidence in
 * the article and the explanation. A quiz that gives feedback only at the end withholds all but the answer
 * given until the attempt is finished.
 */
public record Marking(
        Response response,
        String given,
        boolean revealed,
        boolean correct,
        List<Integer> answer,
        String expected,
        String feedback,
        List<Span> evidence,
        String explanation) {

    public Marking {
        answer = List.copyOf(answer);
        evidence = List.copyOf(evidence);
    }

    Marking withheld() {
        return new Marking(response, given, false, false, List.of(), "", "", List.of(), "");
    }
}
