package org.sourcewise.gift;

import java.util.Objects;
import java.util.Optional;

/**
 * One question: its {@code ::title::}, the category the latest {@code $CATEGORY:} line put it in, its text,
 * the general feedback after {@code ####} and what kind of answer it wants.
 */
public record GiftQuestion(
        Optional<String> title,
        Optional<String> category,
        Stem stem,
        Optional<String> generalFeedback,
        QuestionKind kind) {

    public GiftQuestion {
        title = Require.optionalText(title, "a title");
        category = Require.optionalText(category, "a category").map(path -> Require.oneLine(path, "a category"));
        Objects.requireNonNull(stem, "stem");
        generalFeedback = Require.optionalText(generalFeedback, "general feedback");
        Objects.requireNonNull(kind, "kind");
        // A description has no answer block, and both the general feedback and the missing-word blank live in one.
        if (kind instanceof QuestionKind.Description && generalFeedback.isPresent()) {
            throw new IllegalArgumentException("a description cannot have general feedback");
        }
        if (kind instanceof QuestionKind.Description && stem.isMissingWord()) {
            throw new IllegalArgumentException("a description has no answers to leave a blank for");
        }
    }

    /** An untitled, uncategorised question without general feedback, in Moodle's default text format. */
    public static GiftQuestion of(String text, QuestionKind kind) {
        return new GiftQuestion(Optional.empty(), Optional.empty(), Stem.of(text), Optional.empty(), kind);
    }
}
