package org.sourcewise.analysis;

import java.util.Set;

/**
 * The engine's word lists, one table per purpose, all general English (never a name or phrase of an article
 * the engine was measured on). Reporting verbs are in {@link ReportingVerbs}; date words in {@link SentenceCues}.
 */
final class Lexicon {

    /** Pronouns for one person, which stand for the last person the article made a subject. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her");

    /** Pronouns for a group or an organisation, which stand for the last speaker of any kind. */
    static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");

    /** Titles before a name that are not a role: "Mr Peskov" has no role. */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");

    /**
     * Head nouns, by lemma, of sources a reader cannot identify ("officials", "a source", "witnesses", "reports"):
     * named or not around them ("Saudi officials", "US authorities"), such a source is unnamed.
     */
    static final Set<String> UNNAMED_SOURCE_HEADS = Set.of("official", "source", "analyst", "expert", "specialist",
            "diplomat", "observer", "insider", "person", "people", "aide", "critic", "resident", "witness",
            "eyewitness", "researcher", "economist", "scientist", "investigator", "staffer", "authority", "report",
            "media", "protester", "protestor", "accuser", "activist", "worker", "employee", "neighbour", "neighbor",
            "onlooker", "bystander", "passenger", "survivor", "relative", "colleague", "whistle-blower",
            "whistleblower", "outlet", "firefighter", "prosecutor", "someone", "somebody", "many", "some");

    /** Determiners that leave the source unidentified: "a spokesman", "one senator", "some analysts". */
    static final Set<String> INDEFINITE_DETERMINERS = Set.of("a", "an", "one", "some", "several", "many", "multiple",
            "other", "another", "various", "numerous", "few");

    /** Words that make a proper name a newspaper, magazine or broadcaster's ("The Washington Post"). */
    static final Set<String> PUBLICATION_WORDS = Set.of("post", "times", "journal", "magazine", "newspaper",
            "tribune", "guardian", "herald", "gazette", "globe", "star", "sun", "telegraph", "news", "press",
            "chronicle", "daily", "weekly", "broadcaster", "tv", "television", "radio");

    /** Words a speaker uses for the evening of the day they speak. */
    static final Set<String> TONIGHT = Set.of("tonight", "tonight's");

    /** Parts of the day that "this" makes the speaker's own day: "this morning", "this afternoon". */
    static final Set<String> PARTS_OF_TODAY = Set.of("morning", "afternoon", "evening");

    private Lexicon() {
    }
}
