package org.sourcewise.live;

/** Where a live session stands; the teacher moves it on, and a question's timer closes it. */
public enum LivePhase {
    /** Students join; the projector shows the code and who joined. */
    LOBBY,
    /** A question is asked and answers are taken until time is up or the teacher closes it. */
    OPEN,
    /** Answers are locked; the projector shows how the room answered. */
    CLOSED,
    /** The right answer and its evidence sentence are shown. */
    ANSWER,
    /** The scores after the question. */
    LEADERBOARD,
    /** The final standings. */
    PODIUM,
    /** Over: nothing more can change, and the results are in the database. */
    ENDED
}
