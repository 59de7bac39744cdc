package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves how a sentence names a speaker to who the speaker is: pronouns to the most recent person,
 * family names and spelling variants to the full name the article uses, roles to the person named in that
 * role; titles become the speaker's role.
 */
final class Speakers {

    /** How far after a description its apposed name may stand, in words. */
    private static final int APPOSITION_REACH = 20;

    private static final java.util.regex.Pattern NOUN_PHRASE_PARTS =
            java.util.regex.Pattern.compile("NN.*|JJ.*|DT|PDT|POS|IN|CD|,|HYPH|PRP\\$");

    private final ParsedText parsed;
    private final List<Span> quotes;
    private final List<String> fullNames = new ArrayList<>();
    private final Map<String, String> personByRole = new LinkedHashMap<>();
    private @Nullable Speaker lastPerson;
    private @Nullable Speaker lastSpeaker;
    /** The organisations and groups that spoke so far by their names, the latest last. */
    private final List<Speaker> namedGroups = new ArrayList<>();

    Speakers(ParsedText parsed, List<Span> quotes) {
        this.parsed = parsed;
        this.quotes = quotes;
        for (Sentence sentence : parsed.sentences()) {
            collectPeople(sentence);
        }
    }

    /** Full names and the roles they are introduced with ("Dmitry Peskov, a Kremlin spokesman"). */
    private void collectPeople(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isPersonToken(tokens.get(i)) || (i > 0 && isPersonToken(tokens.get(i - 1)))) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && isPersonToken(tokens.get(end + 1))) {
                end++;
            }
            String name = words(tokens, i, end);
            if (end > i && fullNames.stream().noneMatch(known -> sameFamily(known, name))) {
                fullNames.add(name);
            }
            Token head = tokens.get(end);
            for (Token child : sentence.children(head)) {
                if (child.relation().equals("appos")) {
                    int[] range = sentence.subtree(child);
                    personByRole.putIfAbsent(roleKey(words(tokens, range[0], range[1])), canonical(name));
                }
            }
            String title = titleBefore(tokens, i);
            if (title != null) {
                personByRole.putIfAbsent(roleKey(title), canonical(name));
            }
        }
    }

    /**
     * Who the mention names, and by which rule: the rules are tried in this order and the first that applies
     * decides. {@code content} is what the speaker said (a name inside it is never the speaker), null when unknown.
     */
    Attribution resolve(Mention mention, Span content) {
        List<Token> tokens = mention.sentence().tokens();
        Token head = mention.head();
        String headWord = head.word().toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(headWord) && mention.first() == mention.last()) {
            return lastPerson != null
                    ? new Attribution(
                            lastPerson,
                            namesSomeoneElse(mention.sentence(), lastPerson)
                                            || mention.sentence().index() > 0
                                                    && namesSomeoneElse(
                                                            parsed.sentences()
                                                                    .get(mention.sentence()
                                                                                    .index()
                                                                            - 1),
                                                            lastPerson)
                                    ? Attribution.CONTESTED_PRONOUN
                                    : Attribution.PRONOUN)
                    : new Attribution(new Speaker(head.word(), null, SourceKind.PERSON), Attribution.UNRESOLVED);
        }
        if (Lexicon.GROUP_PRONOUNS.contains(headWord) && mention.first() == mention.last()) {
            return lastSpeaker != null
                    ? new Attribution(lastSpeaker, Attribution.GROUP_PRONOUN)
                    : new Attribution(new Speaker(head.word(), null, SourceKind.ORGANIZATION), Attribution.UNRESOLVED);
        }
        int personEnd = -1;
        for (int i = mention.last(); i >= mention.first(); i--) {
            if (isPersonToken(tokens.get(i))) {
                personEnd = i;
                break;
            }
        }
        // "Dr. Steven Wolf at Saint Francis": the name the mention is about is the one at its head
        if (isPersonToken(head)) {
            personEnd = head.index();
            while (personEnd + 1 <= mention.last() && isPersonToken(tokens.get(personEnd + 1))) {
                personEnd++;
            }
        }
        // "The Biden government": a name that only modifies another noun names no speaker by itself
        if (personEnd >= 0 && !isPersonToken(head) && personEnd < head.index()) {
            personEnd = -1;
        }
        if (personEnd >= 0) {
            int personStart = personEnd;
            while (personStart > mention.first() && isPersonToken(tokens.get(personStart - 1))) {
                personStart--;
            }
            String written = stripHonorific(words(tokens, personStart, personEnd));
            String name = canonical(written);
            String role =
                    personStart > mention.first() ? cleanRole(words(tokens, mention.first(), personStart - 1)) : null;
            return new Attribution(
                    remember(new Speaker(name, role == null ? roleOf(name) : role, SourceKind.PERSON)),
                    name.equals(written) ? Attribution.NAME : Attribution.FAMILY_NAME);
        }
        String phrase = stripDeterminer(mention.text(parsed));
        int[] apposed = apposedPerson(tokens, mention, content);
        if (apposed != null) {
            String name = canonical(words(tokens, apposed[0], apposed[1]));
            return new Attribution(
                    remember(new Speaker(name, cleanRole(phrase), SourceKind.PERSON)), Attribution.APPOSED_NAME);
        }
        String person = personByRole.get(roleKey(phrase));
        if (person != null) {
            return new Attribution(remember(new Speaker(person, phrase, SourceKind.PERSON)), Attribution.ROLE);
        }
        boolean named = head.isProperNoun() || "ORGANIZATION".equals(head.ner()) || "LOCATION".equals(head.ner());
        if (!named) {
            Speaker group = groupByItsNoun(tokens, mention);
            if (group != null) {
                return new Attribution(remember(group), Attribution.GROUP_BY_ITS_NOUN);
            }
        }
        Speaker speaker = remember(new Speaker(phrase, null, SourceKinds.of(mention)));
        if (named && speaker.kind() != SourceKind.PERSON) {
            namedGroups.add(speaker);
        }
        return new Attribution(
                speaker,
                named ? Attribution.NAMED_GROUP : head.isNoun() ? Attribution.DESCRIPTION : Attribution.NOT_A_NOUN);
    }

    /**
     * "The commission said" after "the Commission on Presidential Debates announced": a definite common noun
     * alone, which the name of an organisation that spoke before holds as a word, is that organisation (the
     * latest, if several). Anything more ("the electoral commission") may be another body, and is left alone.
     */
    private @Nullable Speaker groupByItsNoun(List<Token> tokens, Mention mention) {
        Token head = mention.head();
        if (mention.last() - mention.first() != 1
                || !tokens.get(mention.first()).word().equalsIgnoreCase("the")
                || !head.pos().equals("NN")
                || head.index() != mention.last()) {
            return null;
        }
        for (int k = namedGroups.size() - 1; k >= 0; k--) {
            Speaker group = namedGroups.get(k);
            for (String word : group.name().split("\\s+")) {
                if (word.equalsIgnoreCase(head.word())) {
                    return group;
                }
            }
        }
        return null;
    }

    /**
     * "A member of the parliament, Samir Dilou, said" and "said the university's chancellor, Pradeep Khosla": a
     * description followed by the name of the one it describes, joined only by the words a noun phrase is made of
     * (commas, nouns, adjectives, determiners, prepositions, possessives); a verb or a quotation mark ends the
     * search. The name's word range, or null.
     */
    private static int @Nullable [] apposedPerson(List<Token> tokens, Mention mention, Span content) {
        int[] found = null;
        for (int i = mention.last() + 1; i < tokens.size() && i <= mention.last() + APPOSITION_REACH; i++) {
            Token token = tokens.get(i);
            if (isPersonToken(token)) {
                int end = i;
                while (end + 1 < tokens.size() && isPersonToken(tokens.get(end + 1))) {
                    end++;
                }
                // the name closes the description ("..., Samir Dilou, said"), it does not start what was said ("...,
                // Trump may")
                Token after = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
                boolean closes = after == null || after.pos().matches("[,.:]") || ReportingVerbs.isReporting(after);
                boolean said = content != null && token.start() >= content.start() && token.start() < content.end();
                if (!closes || said) {
                    return found;
                }
                // in "speaking to AFP, the head of the league, Jamel Msallem, said" the last name is the speaker's
                found = new int[] {i, end};
                i = end;
            } else if (!NOUN_PHRASE_PARTS.matcher(token.pos()).matches()) {
                return found;
            }
        }
        return found;
    }

    /** Whether the sentence names a person, outside quotation marks, who is not this speaker: someone else it may mean. */
    boolean namesSomeoneElse(Sentence sentence, Speaker speaker) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (isPersonToken(tokens.get(i))
                    && (i == 0 || !isPersonToken(tokens.get(i - 1)))
                    && !ReportedSpeech.inside(quotes, tokens.get(i).start())
                    && !canonical(personRun(tokens, i)).equals(speaker.name())) {
                return true;
            }
        }
        return false;
    }

    private Speaker remember(Speaker speaker) {
        if (speaker.kind() == SourceKind.PERSON) {
            lastPerson = speaker;
        }
        lastSpeaker = speaker;
        return speaker;
    }

    /**
     * After each sentence: the last person it has as a subject is whom "he" or "she" points to next
     * ("Zelenskyy thanked Blinken ... 'These ...,' he said" is Zelenskyy).
     */
    void observe(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.relation().startsWith("nsubj") && isPersonToken(token)) {
                Mention mention = ReportedSpeech.mention(sentence, token);
                lastPerson =
                        new Speaker(canonical(personRun(sentence.tokens(), token.index())), null, SourceKind.PERSON);
                lastPerson = new Speaker(lastPerson.name(), roleOf(lastPerson.name()), SourceKind.PERSON);
                if (mention == null) {
                    return;
                }
            }
        }
    }

    private static String personRun(List<Token> tokens, int index) {
        int start = index;
        int end = index;
        while (start > 0 && isPersonToken(tokens.get(start - 1))) {
            start--;
        }
        while (end + 1 < tokens.size() && isPersonToken(tokens.get(end + 1))) {
            end++;
        }
        return words(tokens, start, end);
    }

    /** The full name the article uses for this name: "Peskov" is "Dmitry Peskov", "Ryabukov" is "Ryabkov". */
    private String canonical(String name) {
        String cleaned = stripHonorific(name);
        for (String known : fullNames) {
            if (sameFamily(known, cleaned)) {
                return known;
            }
        }
        return cleaned;
    }

    private @Nullable String roleOf(String name) {
        for (Map.Entry<String, String> entry : personByRole.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return null;
    }

    static boolean sameFamily(String a, String b) {
        String familyA = lastWord(a);
        String familyB = lastWord(b);
        if (familyA.equalsIgnoreCase(familyB)) {
            return true;
        }
        // transliterations differ by a letter or two ("Ryabkov"/"Ryabukov"); short names differ as people do
        int shorter = Math.min(familyA.length(), familyB.length());
        return shorter >= 6
                && Character.toLowerCase(familyA.charAt(0)) == Character.toLowerCase(familyB.charAt(0))
                && Spelling.distance(familyA.toLowerCase(Locale.ROOT), familyB.toLowerCase(Locale.ROOT))
                        <= (shorter >= 8 ? 2 : 1);
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static boolean isPersonToken(Token token) {
        return "PERSON".equals(token.ner());
    }

    /** Capitalised words right before a name that are not part of it: "Kremlin spokesman Peskov". */
    private static @Nullable String titleBefore(List<Token> tokens, int nameStart) {
        int start = nameStart;
        while (start > 0
                && (tokens.get(start - 1).pos().startsWith("NN")
                        || tokens.get(start - 1).pos().equals("JJ")
                        || tokens.get(start - 1).word().equals("of"))
                && !isPersonToken(tokens.get(start - 1))) {
            start--;
        }
        return start < nameStart ? cleanRole(words(tokens, start, nameStart - 1)) : null;
    }

    private static @Nullable String cleanRole(String role) {
        String cleaned = stripDeterminer(role).replaceAll("[,\\s]+$", "");
        return cleaned.isBlank() || Lexicon.HONORIFICS.contains(cleaned.toLowerCase(Locale.ROOT)) ? null : cleaned;
    }

    private static String roleKey(String role) {
        return stripDeterminer(role)
                .toLowerCase(Locale.ROOT)
                .replace("\u2019", "'")
                .replaceAll("\\s+", " ");
    }

    private static String stripDeterminer(String phrase) {
        return phrase.strip().replaceFirst("^(?i)(the|a|an)\\s+", "");
    }

    private static String stripHonorific(String name) {
        String[] words = name.strip().split("\\s+", 2);
        return words.length == 2 && Lexicon.HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT))
                ? words[1]
                : name.strip();
    }

    private static String words(List<Token> tokens, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first && tokens.get(i).start() > tokens.get(i - 1).end()) {
                text.append(' ');
            }
            text.append(tokens.get(i).word());
        }
        return text.toString();
    }
}
