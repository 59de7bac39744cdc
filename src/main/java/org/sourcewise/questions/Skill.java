package org.sourcewise.questions;

/** What a question trains, as a student's history breaks scores down; each {@link QuestionType} trains one. */
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
}
