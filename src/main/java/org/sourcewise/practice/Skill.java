package org.sourcewise.practice;

import org.sourcewise.questions.QuestionType;

/** What a question trains, as a student's history breaks scores down. */
public enum Skill {
    WHO_SAID("Who said it"),
    WHAT_WAS_SAID("What was said"),
    WHEN("When"),
    SOURCING("Sourcing"),
    TEACHER("Your teacher's questions");

    private final String label;

    Skill(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Skill of(QuestionType type) {
        return switch (type) {
            case WHO_SAID -> WHO_SAID;
            case WHAT_SAID -> WHAT_WAS_SAID;
            case WHEN_SAID, TIME_ORDER -> WHEN;
            case SOURCE_KIND, QUOTE_OR_PARAPHRASE, ACCORDING_TO -> SOURCING;
            case OWN -> TEACHER;
        };
    }
}
