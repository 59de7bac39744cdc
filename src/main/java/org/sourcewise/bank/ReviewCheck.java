package org.sourcewise.bank;

import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.Provenance;
import org.sourcewise.questions.Question;
import org.sourcewise.questions.QuestionType;

/**
 * What a teacher must check before a generated question may reach students: the engine is not sure enough
 * ({@link Provenance#TRUSTED}) of the speaker or of the date the question rests on.
 */
public enum ReviewCheck {
    SPEAKER("Check the speaker"),
    DATE("Check the date");

    private final String label;

    ReviewCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The check a question needs, or null when the engine is sure of what it rests on. */
    static @Nullable ReviewCheck of(Question question) {
        if (question.statement() == null) {
            return null;
        }
        Provenance provenance = question.statement().provenance();
        if (!provenance.speakerTrusted()) {
            return SPEAKER;
        }
        return question.type() == QuestionType.WHEN_SAID && !provenance.dateTrusted() ? DATE : null;
    }
}
