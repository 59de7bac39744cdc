package org.sourcewise.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article's text with its sentences parsed; what every rule stage reads. */
record ParsedText(String text, List<Sentence> sentences) {

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    @Nullable
    Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }
}
