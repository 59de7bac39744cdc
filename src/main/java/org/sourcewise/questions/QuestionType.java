package org.sourcewise.questions;

/**
 * What a question asks; the six kinds of question a media-literacy teacher asks about sources and dates, and a
 * teacher's own. With {@link AnswerFormat} (how it is answered) and {@link Skill} (what it trains), this is all the
 * app says of a question's kind; GIFT's {@code QuestionKind} is the parsed answer block, read through
 * {@link AnswerFormat#of}.
 */
public enum QuestionType {
    /** Who said it? A quote, and four speakers to choose from. */
    WHO_SAID,
    /** What did X say? Four statements, one of them X's. */
    WHAT_SAID,
    /** When was it said? Four dates. */
    WHEN_SAID,
    /** When did it happen? Three or four statements or events to put in time order. */
    TIME_ORDER,
    /** Named or anonymous? The kind of source the article gives for a claim. */
    SOURCE_KIND,
    /** Quote or paraphrase? Exact words, or the article's own words. */
    QUOTE_OR_PARAPHRASE,
    /** According to whom? The source the article gives for a claim. */
    ACCORDING_TO,
    /** A teacher's own question, written in the app or loaded from a GIFT file; never generated. */
    OWN;

    /** The question family of the six a teacher sees: who, what, when, named or anonymous, quote, whom; 0 for none. */
    public int family() {
        return switch (this) {
            case WHO_SAID -> 1;
            case WHAT_SAID -> 2;
            case WHEN_SAID, TIME_ORDER -> 3;
            case SOURCE_KIND -> 4;
            case QUOTE_OR_PARAPHRASE -> 5;
            case ACCORDING_TO -> 6;
            case OWN -> 0;
        };
    }

    /** What answering it trains, for the student's scores by skill. */
    public Skill skill() {
        return switch (this) {
            case WHO_SAID -> Skill.WHO_SAID;
            case WHAT_SAID -> Skill.WHAT_WAS_SAID;
            case WHEN_SAID, TIME_ORDER -> Skill.WHEN;
            case SOURCE_KIND, QUOTE_OR_PARAPHRASE, ACCORDING_TO -> Skill.SOURCING;
            case OWN -> Skill.TEACHER;
        };
    }
}
