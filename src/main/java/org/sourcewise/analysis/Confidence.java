package org.sourcewise.analysis;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How sure the engine is of a statement's speaker and date, from the rules that decided them. The figures are
 * each rule's share of right answers on the Wikinews dev set, rounded down and lowered where the rule is known
 * to be fragile (docs/engine.md gives the measurement); they are coarse on purpose, so that they hold on
 * articles the engine was not measured on.
 */
final class Confidence {

    static final String DATE_IN_CLAUSE = "date-in-clause";
    static final String DATE_OF_PREVIOUS = "date-of-previous-statement";
    static final String DATE_OF_SCENE = "date-of-scene";
    static final String DATE_OF_SAME_DAY_EVENTS = "date-of-same-day-events";

    private static final Map<String, Double> SPEAKER_RULES = Map.ofEntries(
            Map.entry(Attribution.NAME, 0.95),
            Map.entry(Attribution.FAMILY_NAME, 0.93),
            Map.entry(Attribution.APPOSED_NAME, 0.85),
            Map.entry(Attribution.ROLE, 0.85),
            Map.entry(Attribution.PRONOUN, 0.85),
            Map.entry(Attribution.CONTESTED_PRONOUN, 0.6),
            Map.entry(Attribution.GROUP_PRONOUN, 0.5),
            Map.entry(Attribution.NAMED_GROUP, 0.9),
            Map.entry(Attribution.GROUP_BY_ITS_NOUN, 0.85),
            Map.entry(Attribution.DESCRIPTION, 0.7),
            Map.entry(Attribution.NOT_A_NOUN, 0.2),
            Map.entry(Attribution.UNRESOLVED, 0.0));

    /** A scene's date is an inference across sentences, seen right on too few dev statements to trust unchecked. */
    private static final Map<String, Double> DATE_RULES = Map.of(
            DATE_IN_CLAUSE, 0.95,
            DATE_OF_PREVIOUS, 0.85,
            DATE_OF_SCENE, 0.6,
            DATE_OF_SAME_DAY_EVENTS, 0.6);

    private Confidence() {}

    static double speaker(Candidate candidate, Attribution attribution) {
        return SPEAKER_RULES.getOrDefault(attribution.rule(), 0.0);
    }

    /**
     * A quotation that goes on keeps the speaker of the statement before it; less surely when another voice
     * stands between them (a name, or a report the rules could not read), which may be the one now quoted.
     */
    static double continuation(double previous, boolean otherVoice) {
        return otherVoice ? Math.min(previous, 0.5) : previous;
    }

    static double date(@Nullable String rule) {
        return rule == null ? 0.0 : DATE_RULES.getOrDefault(rule, 0.0);
    }
}
