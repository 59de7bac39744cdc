package org.sourcewise.analysis;

import java.util.Set;

/**
 * The engine's word lists, one table per purpose, all general English (never a name or phrase of an article
 * the engine was measured on). The rules read their words from here and nowhere else; only the parser's
 * grammatical relation names ("ccomp", "nsubj") stay beside the rules that read them.
 */
final class Lexicon {

    // speakers

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
    static final Set<String> UNNAMED_SOURCE_HEADS = Set.of(
            "official",
            "source",
            "analyst",
            "expert",
            "specialist",
            "diplomat",
            "observer",
            "insider",
            "person",
            "people",
            "aide",
            "critic",
            "resident",
            "witness",
            "eyewitness",
            "researcher",
            "economist",
            "scientist",
            "investigator",
            "staffer",
            "authority",
            "report",
            "media",
            "protester",
            "protestor",
            "accuser",
            "activist",
            "worker",
            "employee",
            "neighbour",
            "neighbor",
            "onlooker",
            "bystander",
            "passenger",
            "survivor",
            "relative",
            "colleague",
            "whistle-blower",
            "whistleblower",
            "outlet",
            "firefighter",
            "prosecutor",
            "someone",
            "somebody",
            "many",
            "some");

    /** Determiners that leave the source unidentified: "a spokesman", "one senator", "some analysts". */
    static final Set<String> INDEFINITE_DETERMINERS = Set.of(
            "a", "an", "one", "some", "several", "many", "multiple", "other", "another", "various", "numerous", "few");

    /** Words that make a proper name a newspaper, magazine or broadcaster's ("The Washington Post"). */
    static final Set<String> PUBLICATION_WORDS = Set.of(
            "post",
            "times",
            "journal",
            "magazine",
            "newspaper",
            "tribune",
            "guardian",
            "herald",
            "gazette",
            "globe",
            "star",
            "sun",
            "telegraph",
            "news",
            "press",
            "chronicle",
            "daily",
            "weekly",
            "broadcaster",
            "tv",
            "television",
            "radio");

    // reporting

    /** Verbs by which news reports what someone said, by lemma. */
    static final Set<String> REPORTING_VERBS = Set.of(
            "say",
            "tell",
            "add",
            "state",
            "announce",
            "confirm",
            "warn",
            "claim",
            "deny",
            "predict",
            "reiterate",
            "urge",
            "advise",
            "stress",
            "emphasize",
            "emphasise",
            "insist",
            "accuse",
            "argue",
            "explain",
            "note",
            "report",
            "write",
            "declare",
            "assert",
            "acknowledge",
            "admit",
            "allege",
            "suggest",
            "promise",
            "pledge",
            "vow",
            "threaten",
            "complain",
            "caution",
            "recall",
            "reply",
            "respond",
            "remark",
            "comment",
            "observe",
            "estimate",
            "forecast",
            "concede",
            "contend",
            "mention",
            "reveal",
            "disclose",
            "tweet",
            "testify",
            "conclude",
            "analyze",
            "analyse",
            "indicate",
            "signal",
            "demand",
            "ask",
            "propose",
            "recommend",
            "point",
            "encourage",
            "describe",
            "characterize",
            "characterise",
            "call",
            "blame");

    /** Verbs that report a judgement on a thing: what was said is the object with the judgement ("as", "for"). */
    static final Set<String> FRAMING_VERBS = Set.of("describe", "characterize", "characterise", "call", "blame");

    /** Verbs that pass on what was said without adding a stance; a report inside their clause is the real one. */
    static final Set<String> SAY_LIKE_VERBS = Set.of("say", "tell", "state", "add", "write", "report");

    /** Verbs whose object alone is what was said ("denies any plans", "warned the West"), not whom it was said to. */
    static final Set<String> OBJECT_IS_CONTENT = Set.of(
            "deny", "confirm", "announce", "warn", "accuse", "predict", "promise", "pledge", "reiterate", "claim");

    /** Verbs after which the words up to the sentence's end may be what was said, though the parser hung them elsewhere. */
    static final Set<String> CLAUSE_VERBS =
            Set.of("say", "add", "state", "claim", "insist", "argue", "note", "explain", "suggest", "warn", "stress");

    /** Objects that only point elsewhere ("denied it", "warned each other"): never what was said. */
    static final Set<String> POINTING_WORDS = Set.of("each", "one", "this", "that", "these", "those");

    /** Things that say something only through their author ("a report from the NTSB", "a NATO press release"). */
    static final Set<String> DOCUMENTS = Set.of(
            "report",
            "release",
            "statement",
            "study",
            "survey",
            "document",
            "record",
            "data",
            "figure",
            "statistic",
            "poll",
            "tweet",
            "post",
            "filing",
            "analysis",
            "letter",
            "communique",
            "announcement",
            "complaint",
            "assessment",
            "estimate",
            "account",
            "source");

    /** Verbs that attribute a quotation standing right before them, though they report nothing alone. */
    static final Set<String> QUOTE_TAGS = Set.of(
            "continue",
            "go",
            "joke",
            "quip",
            "recall",
            "write",
            "tweet",
            "post",
            "conclude",
            "begin",
            "explain",
            "ask",
            "reply",
            "respond",
            "answer");

    /** "a message on Twitter", "in a post": a preposition before a noun that is where something was said, not who said it. */
    static final Set<String> MEDIUM_PREPOSITIONS = Set.of("on", "in", "at", "from", "via", "through");

    /** "at the daily briefing", "shortly before midnight": prepositions of where, when and how it was said. */
    static final Set<String> SETTING_PREPOSITIONS =
            Set.of("at", "in", "on", "by", "during", "before", "after", "via", "through", "from");

    /** "a report from the NTSB", "a statement by the ministry": prepositions before a document's author. */
    static final Set<String> AUTHOR_PREPOSITIONS = Set.of("from", "by", "of");

    /** Quotation marks as the tokenizer gives them. */
    static final Set<String> QUOTE_MARKS =
            Set.of("\"", "``", "''", "“", "”", "‘", "’", "'", "`", "«", "»", "„", "‹", "›");

    /** Pronouns that may stand for a person named earlier, so a sentence with one needs its structure read. */
    static final Set<String> PRONOUNS_OF_PEOPLE = Set.of("he", "she", "him", "her", "his", "they", "them", "their");

    // dates

    /** "at a news conference", "in an interview", "to reporters": prepositions of the occasion a date may be set on. */
    static final Set<String> OCCASION_PREPOSITIONS = Set.of("at", "in", "during", "to");

    /**
     * Other words from which SUTime makes a calendar date ("the day before", "last night", "two weeks ago").
     * Words that only make vaguer dates ("this year", "recently") are left out: no rule uses those, and
     * SUTime costs about as much per sentence as the parser.
     */
    static final Set<String> DATE_WORDS = Set.of(
            "today", "yesterday", "tomorrow", "tonight", "ago", "day", "morning", "afternoon", "evening", "night");

    /** Words that point a date ahead ("next Monday"): nobody said anything in the future. */
    static final Set<String> AHEAD = Set.of("next", "coming", "upcoming", "tomorrow", "following");

    /** Prepositions that make a day a bound of a stretch of time; "shortly before midnight" is still that day. */
    static final Set<String> BOUNDS = Set.of("until", "till", "since", "by", "from", "through", "after", "before");

    /** Words of the day a phrase such as "that day" points back to. */
    static final Set<String> PARTS_OF_DAY = Set.of("day", "morning", "afternoon", "evening", "night");

    /** Prepositions before a place that set a scene: "in Kyiv", "to Kyiv", "at the summit". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at");

    /** "In Kyiv, ...": prepositions by which a sentence returns to a scene's place ("From Kyiv" leaves it). */
    static final Set<String> RETURN_PREPOSITIONS = Set.of("in", "at");

    /** Words a speaker uses for the evening of the day they speak. */
    static final Set<String> TONIGHT = Set.of("tonight", "tonight's");

    /** Parts of the day that "this" makes the speaker's own day: "this morning", "this afternoon". */
    static final Set<String> PARTS_OF_TODAY = Set.of("morning", "afternoon", "evening");

    private Lexicon() {}
}
