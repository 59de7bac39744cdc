package org.sourcewise.quiz.gift;

import java.util.Optional;

/** Optional texts the way the model keeps them: nothing written means absent, never an empty string. */
final class Texts {

    private Texts() {
    }

    static Optional<String> nonBlank(SourceText raw) {
        String text = raw.unescaped();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
