package org.sourcewise.live;

/**
 * What starting a live session of a quiz with a class would play, told to the teacher before they start it:
 * {@code played} questions (those with one right choice), {@code skipped} others, and whether the signed-in students'
 * answers also count in the class's reports.
 */
public record LivePlan(String classroom, String quiz, int played, int skipped, Counting counting) {

    /** Where the signed-in students' answers go besides the session's own results. */
    public enum Counting {
        /** Into a new attempt at the quiz, which the class's reports show as each student's latest. */
        IN_REPORTS,
        /** Nowhere else: the quiz is not assigned to the class, so its reports have no place for it. */
        NOT_ASSIGNED,
        /** Nowhere else: the quiz is assigned but past its due date, when attempts can no longer be answered. */
        PAST_DUE
    }
}
