package org.sourcewise.practice;

import java.util.List;
import org.sourcewise.analysis.Span;

/**
 * What a student learns once their answer is saved: whether it was right, the right answer (a choice index, or
 * for an ordering question the indexes from first to last), the evidence in the article and the explanation.
 */
public record Marking(List<Integer> response, boolean correct, List<Integer> answer, List<Span> evidence,
                      String explanation) {

    public Marking {
        response = List.copyOf(response);
        answer = List.copyOf(answer);
        evidence = List.copyOf(evidence);
    }
}
