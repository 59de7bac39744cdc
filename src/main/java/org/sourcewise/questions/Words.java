package org.sourcewise.questions;

import java.util.Locale;
import java.util.Set;

/**
 * The word lists the question generator's checks use, kept in one place: which words are pronouns, titles,
 * reporting verbs, prepositions, and which nouns name groups of unnamed people or bodies. General English, never
 * words of a particular article.
 */
final class Words {

    /** Personal pronouns: never an answer key, never a name in a stem. */
    static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "it", "we", "us",
            "they", "them", "one", "someone", "somebody", "anyone", "this", "that", "these", "those", "who");

    /** Subject pronouns: a reporting clause whose subject is one of these points back to someone named earlier. */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    /** Possessive determiners: "his office", "her lawyer" describe a source through someone else. */
    static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your", "whose");

    /** Titles and role words that stand capitalised before a name ("Foreign Minister Lavrov", "Dr. Wolf"). */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
            "lord", "lady", "president", "vice", "prime", "minister", "secretary", "chancellor", "premier",
            "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mayor", "judge",
            "justice", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "major", "admiral",
            "sergeant", "sgt", "officer", "commissioner", "chief", "deputy", "director", "chairman", "chairwoman",
            "chair", "ambassador", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop",
            "rabbi", "imam", "reverend", "rev", "father", "sheikh", "coach", "spokesman", "spokeswoman",
            "spokesperson", "foreign", "defence", "defense", "interior", "health", "finance", "home", "state",
            "former", "acting", "interim", "new", "then", "us", "u", "s", "uk", "eu", "un", "head", "leader",
            "executive", "ceo", "founder", "attorney", "prosecutor", "inspector", "detective", "superintendent",
            "constable", "minister’s", "emergencies", "emergency", "situations", "regional", "county", "federal");

    /** Days and months, capitalised but never a name. */
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** Words that open a sentence with a capital without being names. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "as", "after", "before",
            "during", "but", "and", "or", "while", "when", "since", "also", "however", "meanwhile", "earlier",
            "later", "yesterday", "today", "last", "this", "that", "there", "speaking", "according", "both", "one",
            "some", "many", "several", "other", "another", "his", "her", "their", "its", "our", "my", "your", "if",
            "so", "then", "still", "now", "not", "no", "of", "for", "to", "from", "with", "by", "he", "she", "they",
            "it", "we", "i", "you");

    /**
     * Verbs that report speech, in the forms a reporting clause uses; a second one near a statement means a
     * second source the engine may have passed over.
     */
    static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "saying", "told", "tells", "telling",
            "wrote", "writes", "writing", "tweeted", "tweets", "posted", "added", "adds", "adding", "stated", "states",
            "stating", "announced", "announces", "announcing", "reported", "reports", "reporting", "claimed", "claims",
            "claiming", "according", "noted", "notes", "noting", "explained", "explains", "warned", "warns", "warning",
            "insisted", "insists", "argued", "argues", "described", "describes", "asked", "asks", "replied", "replies",
            "continued", "confirmed", "confirms", "denied", "denies", "suggested", "suggests", "urged", "urges",
            "declared", "declares", "alleged", "alleges", "admitted", "admits", "acknowledged", "believes",
            "believed", "estimated", "estimates", "predicted", "predicts", "indicated", "indicates", "revealed",
            "reveals", "emphasized", "emphasised", "stressed", "commented", "remarked", "recalled", "quoted",
            "cited", "citing", "mentioned", "conceded", "concedes", "accused", "accuses", "promised", "vowed");

    /**
     * Reporting verbs whose object comes before the reported words ("warned Russia about ...", "urged people to
     * stay ..."): after one of these the engine's content may be an object with a phrase, not a clause.
     */
    static final Set<String> OBJECT_FIRST_VERBS = Set.of("warn", "accuse", "urge", "advise", "ask", "tell", "call",
            "order", "invite", "encourage", "press", "remind", "blame", "criticise", "criticize", "thank", "praise",
            "promise", "persuade", "implore", "beg", "instruct", "direct", "request", "caution", "convince", "tip",
            "inform", "assure", "reassure", "notify", "charge", "condemn", "credit", "congratulate", "alert");

    /** Words before a name that make it an object, not the one speaking ("with Lavrov", "have Waseem released"). */
    static final Set<String> OBJECT_MARKERS = Set.of("with", "against", "about", "for", "of", "on", "at", "into",
            "over", "between", "among", "toward", "towards", "without", "than", "like", "have", "has", "had", "let",
            "make", "made", "help", "helped", "described", "thanked", "praised", "criticised", "criticized", "blamed",
            "accused", "urged", "warned", "asked", "met", "called", "named", "told", "interviewed", "quoted",
            "cited", "visited", "killed", "arrested", "charged", "released", "freed", "sued", "fired", "hired",
            "appointed", "elected", "defeated", "beat", "married", "divorced", "joined", "replaced", "succeeded");

    /** Words a reported clause must not start with: an infinitive or a preposition starts a phrase. */
    static final Set<String> FRAGMENT_STARTS = Set.of("to", "about", "of", "for", "against", "with", "from", "into",
            "over", "by", "toward", "towards", "upon", "onto", "than");

    /** Prepositions that, right after a short object and with no verb anywhere, make "object + phrase". */
    static final Set<String> OBJECT_PHRASE_MARKERS = Set.of("about", "of", "for", "against", "over", "from",
            "into", "on");

    /** Finite verbs and auxiliaries common enough to list: their presence shows the content is a clause. */
    static final Set<String> FINITE_VERBS = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do",
            "said", "made", "took", "gave", "went", "came", "saw", "told", "got", "left", "found", "thought", "knew",
            "became", "began", "kept", "held", "brought", "put", "set", "won", "lost", "ran", "met", "paid", "sent",
            "built", "fell", "felt", "led", "meant", "rose", "spent", "stood", "wrote", "spoke", "broke", "chose",
            "drove", "grew", "hit", "let", "read", "sold", "struck", "stole", "taught", "threw", "wore", "woke",
            "fled", "fought", "caught", "bought", "sought", "shot", "slept", "won't", "can't", "don't", "doesn't",
            "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't",
            "couldn't", "shouldn't", "remains", "needs", "wants", "plans", "seems", "appears", "lies", "goes");

    /** Determiners before which a word ending in -s is a plural noun, not a verb ("any plans", "the talks"). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "any", "some", "all", "these", "those", "its",
            "his", "her", "their", "our", "my", "your", "no", "many", "few", "several", "both", "each", "more",
            "most", "other", "such", "two", "three", "four", "five", "of");

    /** Head nouns of unnamed groups of people: "officials", "authorities", "reports" are anonymous sources. */
    static final Set<String> UNNAMED_GROUPS = Set.of("officials", "official", "authorities", "sources", "source",
            "reports", "report", "witnesses", "witness", "eyewitness", "eyewitnesses", "analysts", "experts",
            "residents", "diplomats", "insiders", "observers", "critics", "people", "prosecutors", "investigators",
            "activists", "protesters", "protestors", "accounts", "accusers", "whistleblower", "whistle-blower",
            "aides", "aide", "staffers", "employees", "members", "specialists", "scientists", "researchers",
            "doctors", "medics", "firefighters", "rescuers", "locals", "villagers", "survivors", "relatives",
            "family", "friends", "neighbours", "neighbors", "outlets", "publications", "media");

    /**
     * Head nouns of bodies, offices and documents: "the police", "the ministry", "the report" refer to one body
     * the article names or could name, so "unnamed source" is not clearly the answer.
     */
    static final Set<String> BODIES = Set.of("police", "government", "ministry", "department", "agency", "office",
            "commission", "committee", "council", "embassy", "website", "site", "army", "military", "navy",
            "court", "parliament", "senate", "congress", "administration", "company", "firm", "board", "service",
            "union", "party", "campaign", "organisation", "organization", "foundation", "university", "hospital",
            "statement", "data", "constitution", "study", "survey", "poll", "figures", "statistics", "broadcaster",
            "newspaper", "channel", "network", "agency's", "force", "forces", "fleet", "command", "kremlin",
            "pentagon", "cabinet", "presidency", "palace", "regime", "team", "club", "group", "organizers",
            "organisers", "commissioner", "minister", "president", "governor", "mayor", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "director", "chief", "coach", "secretary", "ambassador", "leader", "judge",
            "website's", "prime");

    /** Words many different sources share ("United States", "United Nations"); they tie no two together. */
    static final Set<String> SHARED_NAME_WORDS = Set.of("united", "national", "nations", "state",
            "states", "foreign", "ministry", "minister", "president", "secretary", "government", "official",
            "officials", "office", "council", "department", "general", "deputy", "prime", "house", "press", "news",
            "security", "defense", "defence", "affairs", "international", "european", "western", "sources");

    /** Nouns for a country's government: "the Biden administration" may be any country's. */
    static final Set<String> GOVERNMENTS = Set.of("government", "administration",
            "regime", "cabinet", "presidency", "authorities");

    /** Particles of a person's name: "de" of "Charles de Gaulle" is part of the family name. */
    static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der",
            "den", "bin", "bint", "al", "el", "la", "le", "du", "dos", "das", "ibn", "ben", "y", "jr", "sr");

    /** Qualifiers that end a description's head noun: "officials" of "Officials from the United States". */
    static final Set<String> QUALIFIER_STARTS = Set.of("of", "from", "in", "within", "at", "as", "on", "with", "for",
            "close", "familiar", "who");

    /** Nouns that are plural without an s. */
    static final Set<String> PLURAL_WITHOUT_S = Set.of("people", "police", "media");

    /** Whether a head noun speaks of many: "officials", "police", not "press". */
    static boolean isPlural(String head) {
        return head.endsWith("s") && !head.endsWith("ss") || PLURAL_WITHOUT_S.contains(head.toLowerCase(Locale.ROOT));
    }

    private Words() {
    }

    static boolean in(Set<String> list, String word) {
        return list.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
}
