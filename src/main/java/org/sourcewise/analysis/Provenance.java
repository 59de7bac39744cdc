package org.sourcewise.analysis;

import org.jspecify.annotations.Nullable;

/**
 * How the engine came to a statement: the rule that found it, the rule that chose its speaker, the rule that
 * dated it (null when it has no date), and how sure it is of the speaker and of the date, each in [0, 1]. The confidences are calibrated on the Wikinews dev set
 * (docs/engine.md): of the statements at or above {@link #TRUSTED}, at least 97 % have the right speaker.
 * {@code dateConfidence} is 0 when the statement has no date.
 */
public record Provenance(
        String foundBy, String speakerBy, @Nullable String dateBy, double speakerConfidence, double dateConfidence) {

    /** The confidence above which a statement's speaker is trusted without a teacher's check. */
    public static final double TRUSTED = 0.8;

    /** A statement a person gave or corrected: nothing for the engine to doubt. */
    public static final Provenance TEACHER = new Provenance("teacher", "teacher", "teacher", 1.0, 1.0);

    public Provenance {
        if (speakerConfidence < 0 || speakerConfidence > 1 || dateConfidence < 0 || dateConfidence > 1) {
            throw new IllegalArgumentException("confidences lie in [0, 1]");
        }
    }

    public boolean speakerTrusted() {
        return speakerConfidence >= TRUSTED;
    }

    public boolean dateTrusted() {
        return dateConfidence >= TRUSTED;
    }
}
