package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds reported statements in one parsed sentence: a reporting verb with its subject and what was said
 * (a clause, an object with an infinitive, a quotation), and "according to X" in any position.
 */
final class ReportedSpeech {

    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "xcomp", "parataxis");

    private ReportedSpeech() {}

    static List<Candidate> find(ParsedText parsed, Sentence sentence, List<Span> quotes) {
        List<Candidate> found = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (ReportingVerbs.isReporting(token) && !inside(quotes, token.start()) && !isPassive(sentence, token)) {
                Candidate candidate = fromVerb(parsed, sentence, token, quotes);
                if (candidate != null) {
                    found.add(candidate);
                }
            }
            if (token.word().equalsIgnoreCase("according") && !inside(quotes, token.start())) {
                Candidate candidate = fromAccordingTo(parsed, sentence, token);
                if (candidate != null) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    private static @Nullable Candidate fromVerb(ParsedText parsed, Sentence sentence, Token verb, List<Span> quotes) {
        if (verb.lemma().equals("point") && sentence.child(verb, "compound:prt") == null) {
            return null;
        }
        if (isLabel(sentence, verb)) {
            return null;
        }
        Mention speaker = subjectOf(sentence, verb);
        if ((speaker == null || insideLongQuote(parsed, quotes, speaker.head().start()))
                && followsQuote(sentence, verb)) {
            speaker = invertedSubject(sentence, verb);
        }
        if (speaker == null) {
            return null;
        }
        Span content = contentOf(parsed, sentence, verb, speaker, quotes);
        if (content == null || content.end() - content.start() < 8) {
            return null;
        }
        return new Candidate(speaker, content, new Span(sentence.start(), sentence.end()), verb.word(), verb, false);
    }

    /** The subject, or for "..., saying that" and "and warned that" the subject of the verb they hang on. */
    static @Nullable Mention subjectOf(Sentence sentence, Token verb) {
        Token current = verb;
        for (int depth = 0; current != null && depth < 4; depth++) {
            Token subject = closestSubject(sentence, current);
            if (subject != null && afterPreposition(sentence, subject, current)) {
                subject = null;
            }
            if (subject != null && subject.pos().startsWith("W")) {
                return namePrecedingVerb(sentence, current);
            }
            if (subject != null && !subject.relation().equals("nsubj:pass")) {
                return mention(sentence, subject);
            }
            if (!Set.of("conj", "advcl", "xcomp", "dep", "obl", "acl").contains(current.relation())) {
                return null;
            }
            boolean modifier = current.relation().equals("acl");
            current = sentence.head(current);
            if (depth == 0 && current != null && current.relation().equals("ccomp") && afterComma(sentence, verb)) {
                // "X described how the attack unfolded, stating ...": a participle set off by a comma tells more of
                // the main clause's subject, not of the clause reported inside it
                current = sentence.head(current);
            }
            Token over = current == null ? null : sentence.head(current);
            if (modifier
                    && current != null
                    && !current.isVerb()
                    && over != null
                    && over.isVerb()
                    && current.relation().matches("obj|obl")) {
                // "posted a message on Twitter blaming Iran": the message's verb has the speaker
                current = over;
            }
        }
        return null;
    }

    /** "a message on Twitter blaming Iran", parsed with "Twitter" as the subject: a noun after a preposition is none. */
    private static boolean afterPreposition(Sentence sentence, Token subject, Token verb) {
        int before = sentence.subtree(subject)[0] - 1;
        if (before < 0 || subject.index() > verb.index()) {
            return false;
        }
        Token word = sentence.tokens().get(before);
        return word.pos().equals("IN")
                && word.head() == verb.index()
                && word.relation().equals("mark")
                && Lexicon.MEDIUM_PREPOSITIONS.contains(word.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean afterComma(Sentence sentence, Token verb) {
        return verb.pos().equals("VBG")
                && verb.index() > 0
                && sentence.tokens().get(verb.index() - 1).word().equals(",");
    }

    /** "What they're saying: ..." is a section label of the page, not a report. */
    private static boolean isLabel(Sentence sentence, Token verb) {
        List<Token> tokens = sentence.tokens();
        return verb.index() + 1 < tokens.size()
                && tokens.get(verb.index() + 1).word().equals(":")
                && verb.index() <= 5;
    }

    /** "...,” said X": the verb comes right after a quotation closes. */
    private static boolean followsQuote(Sentence sentence, Token verb) {
        for (int i = verb.index() - 1; i >= 0 && i >= verb.index() - 2; i--) {
            String word = sentence.tokens().get(i).word();
            if (word.matches("[\u201D\"]|''")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLongQuote(ParsedText parsed, List<Span> quotes, int offset) {
        for (Span quote : quotes) {
            if (offset >= quote.start() && offset < quote.end() && QuoteSpans.words(parsed.text(), quote) >= 5) {
                return true;
            }
        }
        return false;
    }

    /** "..., said Victoria Nuland." : the name after the verb, when the parser took a word of the quote for the subject. */
    static @Nullable Mention invertedSubject(Sentence sentence, Token verb) {
        List<Token> tokens = sentence.tokens();
        int head = -1;
        for (int i = verb.index() + 1; i < tokens.size() && i <= verb.index() + 12; i++) {
            Token token = tokens.get(i);
            if (token.pos().matches("[,.:;]") || token.word().matches("[\u201C\u201D\"]")) {
                break;
            }
            if (token.isProperNoun() || token.isNoun()) {
                head = i;
            }
        }
        if (head < 0) {
            return null;
        }
        return new Mention(sentence, verb.index() + 1, head, tokens.get(head));
    }

    /** With two subjects (a parser slip), the one nearest before the verb is the speaker. */
    private static @Nullable Token closestSubject(Sentence sentence, Token verb) {
        Token best = null;
        for (Token child : sentence.children(verb)) {
            if (child.relation().startsWith("nsubj")
                    && (best == null || (child.index() < verb.index() && child.index() > best.index()))) {
                best = child;
            }
        }
        return best;
    }

    /** When the parser took a question word for the subject, the name standing right before the verb. */
    private static @Nullable Mention namePrecedingVerb(Sentence sentence, Token verb) {
        List<Token> tokens = sentence.tokens();
        int end = verb.index() - 1;
        while (end >= 0 && tokens.get(end).pos().startsWith("VB")) {
            end--;
        }
        if (end < 0 || !tokens.get(end).isProperNoun()) {
            return null;
        }
        int start = end;
        while (start > 0 && tokens.get(start - 1).isProperNoun()) {
            start--;
        }
        return new Mention(sentence, start, end, tokens.get(end));
    }

    /** The noun phrase of a subject, without relative clauses or appositions that follow it. */
    static Mention mention(Sentence sentence, Token head) {
        int first = head.index();
        int last = head.index();
        for (Token child : sentence.children(head)) {
            String relation = child.relation();
            if (relation.startsWith("compound")
                    || relation.equals("amod")
                    || relation.equals("det")
                    || relation.startsWith("nmod:poss")
                    || relation.equals("flat")
                    || relation.equals("nummod")
                    || (relation.equals("nmod") && child.index() > head.index())
                    || relation.equals("case") && child.index() > head.index()) {
                int[] range = sentence.subtree(child);
                first = Math.min(first, range[0]);
                last = Math.max(last, range[1]);
            }
        }
        return new Mention(sentence, first, last, head);
    }

    private static @Nullable Span contentOf(
            ParsedText parsed, Sentence sentence, Token verb, Mention speaker, List<Span> quotes) {
        if (Lexicon.FRAMING_VERBS.contains(verb.lemma())) {
            return framed(parsed, sentence, verb);
        }
        for (Token child : sentence.children(verb)) {
            if (CONTENT_RELATIONS.contains(child.relation())
                    && child.index() != speaker.head().index()) {
                int[] range = sentence.subtree(child);
                if (child.relation().equals("xcomp")) {
                    Token object = sentence.child(verb, "obj");
                    if (object != null && object.index() < child.index()) {
                        range[0] = object.index();
                    }
                }
                return trim(parsed, sentence, range[0], range[1]);
            }
        }
        Token main = sentence.head(verb);
        if (main != null
                && verb.relation().equals("parataxis")
                && verb.index() > main.index()
                && sentence.subtree(verb)[1] - sentence.subtree(verb)[0] <= 5) {
            int[] range = sentence.subtree(main);
            int[] own = sentence.subtree(verb);
            int end = own[0] > main.index() ? own[0] - 1 : range[1];
            int start = own[1] < main.index() ? own[1] + 1 : range[0];
            return trim(parsed, sentence, start, end);
        }
        Token object = sentence.child(verb, "obj");
        if (object != null && object.lemma().equalsIgnoreCase("that")) {
            int[] range = sentence.subtree(object);
            return trim(parsed, sentence, range[0] + 1, range[1]);
        }
        Token predicate = object == null ? null : predicateOverVerb(sentence, verb, object);
        if (object != null && predicate != null) {
            return trim(parsed, sentence, sentence.subtree(object)[0], sentence.subtree(predicate)[1]);
        }
        Token misparsed = misparsedClause(sentence, verb);
        if (misparsed != null) {
            Token objectFirst = sentence.child(verb, "obj");
            int start = objectFirst != null && objectFirst.index() < misparsed.index()
                    ? sentence.subtree(objectFirst)[0]
                    : sentence.subtree(misparsed)[0];
            return trim(parsed, sentence, start, sentence.subtree(misparsed)[1]);
        }
        Token deeper = descendantClause(sentence, verb);
        if (deeper != null) {
            int[] range = sentence.subtree(deeper);
            return trim(parsed, sentence, range[0], range[1]);
        }
        Token before = clauseBeforeSpeaker(sentence, verb, speaker);
        if (before != null) {
            int[] range = sentence.subtree(before);
            return trim(parsed, sentence, range[0], Math.min(range[1], speaker.first() - 1));
        }
        Span quote = adjacentQuote(parsed, sentence, quotes);
        if (quote != null) {
            return quote;
        }
        Span trailing = looseClauseAfter(parsed, sentence, verb);
        if (trailing != null) {
            return trailing;
        }
        if (object != null && Lexicon.OBJECT_IS_CONTENT.contains(verb.lemma()) && !isPronounObject(sentence, object)) {
            int[] range = sentence.subtree(object);
            int last = range[1];
            for (Token child : sentence.children(verb)) {
                if (child.index() > object.index()
                        && !Set.of("conj", "cc", "punct", "parataxis").contains(child.relation())
                        && !isCircumstance(sentence, child)) {
                    last = Math.max(last, sentence.subtree(child)[1]);
                }
            }
            // two words ("this allegation", "the news") say too little to be a statement of their own
            return last - range[0] < 3 ? null : trim(parsed, sentence, range[0], last);
        }
        return null;
    }

    /**
     * Verbs that say what someone made of a thing: "characterized the attack as designed to ...", "called the
     * notion a waste of time", "blaming Iran for the attacks". What was said is the object with the judgement
     * on it; without that judgement ("described the scene", "called the police") nothing was reported.
     */
    private static @Nullable Span framed(ParsedText parsed, Sentence sentence, Token verb) {
        if (verb.lemma().equals("call") && !verb.pos().matches("VBD|VBN|VBG")) {
            // "Critics call the plan a 'gift'": a standing label in the present, not something said on an occasion
            return null;
        }
        Token object = sentence.child(verb, "obj");
        if (object == null || object.index() < verb.index()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int[] objectRange = sentence.subtree(object);
        int last = objectRange[1];
        for (Token child : sentence.children(verb)) {
            if (child.index() > object.index()
                    && !Set.of("conj", "cc", "punct", "parataxis", "advmod").contains(child.relation())) {
                last = Math.max(last, sentence.subtree(child)[1]);
            }
        }
        String judgement = switch (verb.lemma()) {
            case "blame" -> "for";
            case "call" -> null;
            default -> "as";
        };
        boolean judged = false;
        if (judgement != null) {
            // the object and the phrase of the judgement, not what follows ("... as an emerging figure when they ...")
            last = objectRange[1];
            for (Token child : sentence.children(verb)) {
                int[] range = sentence.subtree(child);
                if (child.index() > object.index()
                        && !Set.of("conj", "cc", "punct", "parataxis").contains(child.relation())
                        && holds(sentence, range, judgement)) {
                    last = Math.max(last, range[1]);
                    judged = true;
                }
            }
            judged |= holds(sentence, objectRange, judgement);
        }
        if (judgement == null) {
            // "call X Y": a second noun or adjective right after the object's phrase, not "call for" or "call on"
            Token particle = verb.index() + 1 < tokens.size() ? tokens.get(verb.index() + 1) : null;
            Token second = objectRange[1] + 1 < tokens.size() ? tokens.get(objectRange[1] + 1) : null;
            while (second != null
                    && second.word().matches("[\u201C\u201D\"]|``|''")
                    && second.index() + 1 < tokens.size()) {
                second = tokens.get(second.index() + 1);
            }
            boolean inObject = sentence.children(object).stream()
                    .anyMatch(c -> c.index() > object.index()
                            && Set.of("dep", "xcomp", "acl").contains(c.relation())
                            && c.pos().matches("JJ.?|NN.?"));
            judged = particle != null
                    && !particle.pos().matches("IN|RP|TO")
                    && (inObject
                            || second != null
                                    && second.pos().matches("DT|JJ.?|NN.?|PRP\\$")
                                    && second.index() > object.index());
            if (inObject) {
                last = objectRange[1];
            } else if (judged && second != null && sentence.subtree(object)[1] < last) {
                last = Math.max(last, second.index());
            } else if (judged && second != null) {
                last = tokens.size() - 1;
                for (int i = second.index(); i < tokens.size(); i++) {
                    if (tokens.get(i).pos().matches("[,.:;]")
                            && !tokens.get(i).word().matches("[\u201C\u201D\"]")) {
                        last = i - 1;
                        break;
                    }
                }
            }
        }
        return judged && last - objectRange[0] >= 2 ? trim(parsed, sentence, objectRange[0], last) : null;
    }

    private static boolean holds(Sentence sentence, int[] range, String word) {
        for (int i = range[0]; i <= range[1]; i++) {
            Token token = sentence.tokens().get(i);
            if (token.lemma().equalsIgnoreCase(word) && !token.isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "announced the measure at the daily briefing", "announced his resignation shortly before midnight": where,
     * when and how it was said are not part of what was said ("accused X of Y" keeps its "of").
     */
    private static boolean isCircumstance(Sentence sentence, Token child) {
        if (child.relation().matches("obl:tmod|nmod:tmod|advmod") || "DATE".equals(child.ner())) {
            return true;
        }
        if (!child.relation().startsWith("obl")) {
            return false;
        }
        Token preposition = sentence.child(child, "case");
        return preposition != null
                && Lexicon.SETTING_PREPOSITIONS.contains(preposition.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "X told AFP the victim is in intensive care", "X revealed police have been unable to ...": with no "that",
     * the parser makes the report the clausal subject of the predicate of what was said, and the reported clause's
     * subject the verb's object. The predicate, when it comes after the verb and is told with a finite verb or
     * copula of its own between the object and it; else null.
     */
    private static @Nullable Token predicateOverVerb(Sentence sentence, Token verb, Token object) {
        Token predicate = sentence.head(verb);
        if (predicate == null
                || !verb.relation().equals("csubj")
                || object.index() < verb.index()
                || predicate.index() <= object.index()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = sentence.subtree(object)[1] + 1; i <= predicate.index(); i++) {
            Token token = tokens.get(i);
            if (token.head() == predicate.index()
                            && token.relation().matches("cop|aux")
                            && token.pos().matches("VBD|VBZ|VBP|MD")
                    || i == predicate.index() && token.pos().matches("VBD|VBZ|VBP")) {
                return predicate;
            }
        }
        return null;
    }

    /** "police said the road would stay closed", parsed as object plus a loose verb: the loose verb is the clause. */
    private static @Nullable Token misparsedClause(Sentence sentence, Token verb) {
        if (!Lexicon.SAY_LIKE_VERBS.contains(verb.lemma())) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (child.index() > verb.index()
                    && child.isVerb()
                    && child.relation().equals("dep")
                    && (sentence.child(child, "aux") != null || sentence.child(child, "nsubj") != null)) {
                return child;
            }
        }
        return null;
    }

    /**
     * "The office has suspended the permit, officials said.": the clause before the speaker, set off by a comma,
     * that the parser hung on the verb as a modifier rather than as what was said.
     */
    private static @Nullable Token clauseBeforeSpeaker(Sentence sentence, Token verb, Mention speaker) {
        if (speaker.head().index() > verb.index()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        for (Token child : sentence.children(verb)) {
            if (child.index() < speaker.first()
                    && Set.of("advcl", "dep", "csubj", "csubj:pass").contains(child.relation())
                    && child.isVerb()
                    && (sentence.child(child, "nsubj") != null || sentence.child(child, "nsubj:pass") != null)
                    && sentence.child(child, "mark") == null) {
                // a clause opened by "if", "while", "when" sets the scene of the report; it is not what was said
                int end = sentence.subtree(child)[1];
                if (end < speaker.first()
                        && tokens.get(speaker.first() - 1).word().equals(",")
                        && (end == speaker.first() - 1 || end == speaker.first() - 2)) {
                    return child;
                }
            }
        }
        return null;
    }

    /**
     * "and local officials said there was danger the building might collapse", where the parser hung the clause
     * elsewhere: the words after a verb of saying that has nothing of its own after it, when they make a clause
     * (a subject-like first word and a finite verb) and run to the sentence's end.
     */
    private static @Nullable Span looseClauseAfter(ParsedText parsed, Sentence sentence, Token verb) {
        if (!Lexicon.CLAUSE_VERBS.contains(verb.lemma())) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (child.index() > verb.index()
                    && !Set.of("advmod", "punct", "expl").contains(child.relation())) {
                return null;
            }
        }
        List<Token> tokens = sentence.tokens();
        int first = verb.index() + 1;
        if (first < tokens.size() && tokens.get(first).lemma().equalsIgnoreCase("that")) {
            first++;
        }
        if (first >= tokens.size() || !tokens.get(first).pos().matches("DT|NNP?S?|PRP\\$?|EX|CD|JJ")) {
            return null;
        }
        int last = tokens.size() - 1;
        boolean finite = false;
        for (int i = first; i <= last; i++) {
            Token token = tokens.get(i);
            if (token.word().equals(";") || token.word().matches("[\u201C\u201D\"]")) {
                return null;
            }
            finite |= token.pos().matches("VBD|VBZ|VBP|MD");
        }
        return finite ? trim(parsed, sentence, first, last) : null;
    }

    /** A clause the parser hung one step too low ("confirmed on the 4th that ..."): a ccomp below a non-verb child. */
    private static @Nullable Token descendantClause(Sentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (child.index() > verb.index() && !child.isVerb()) {
                Token clause = sentence.child(child, "ccomp");
                if (clause != null) {
                    return clause;
                }
            }
        }
        return null;
    }

    /** "warned each other", "denied it": an object that only points elsewhere is not what was said. */
    private static boolean isPronounObject(Sentence sentence, Token object) {
        return object.pos().startsWith("PRP")
                || Lexicon.POINTING_WORDS.contains(object.lemma().toLowerCase(java.util.Locale.ROOT))
                || sentence.children(object).stream().anyMatch(c -> c.lemma().equalsIgnoreCase("each"));
    }

    /** A quotation of at least four words in the same sentence as the reporting verb. */
    private static @Nullable Span adjacentQuote(ParsedText parsed, Sentence sentence, List<Span> quotes) {
        for (Span quote : quotes) {
            if (quote.start() >= sentence.start() - 1
                    && quote.end() <= sentence.end() + 1
                    && QuoteSpans.words(parsed.text(), quote) >= 4) {
                return quote;
            }
        }
        return null;
    }

    @SuppressWarnings("ReferenceEquality") // authorOf gives back the very phrase when it finds no author in it
    private static @Nullable Candidate fromAccordingTo(ParsedText parsed, Sentence sentence, Token according) {
        Token source = sentence.head(according);
        if (source == null || !source.isNoun() || source.index() < according.index()) {
            source = nounAfter(sentence, according);
        }
        if (source == null) {
            return null;
        }
        Mention phrase = mention(sentence, source);
        Mention speaker = authorOf(sentence, source, phrase);
        if (speaker == phrase && isVagueDocument(sentence, source)) {
            return null;
        }
        int phraseStart = Math.min(according.index(), phrase.first());
        int phraseEnd = phrase.last();
        List<Token> tokens = sentence.tokens();
        Span before = phraseStart > 0 ? trim(parsed, sentence, 0, phraseStart - 1) : null;
        Span after = phraseEnd + 1 < tokens.size() ? trim(parsed, sentence, phraseEnd + 1, tokens.size() - 1) : null;
        boolean labelBefore =
                phraseStart > 0 && tokens.get(phraseStart - 1).word().equals(":");
        Span evidence = new Span(sentence.start(), sentence.end());
        if (after != null && (before == null || labelBefore || phraseStart <= 1)) {
            return new Candidate(speaker, after, evidence, "according to", according, false);
        }
        if (before != null && after == null) {
            return new Candidate(speaker, before, evidence, "according to", according, false);
        }
        if (before == null || after == null) {
            return null;
        }
        // "X, according to Y, is Z": the statement is the sentence without the attribution
        return new Candidate(speaker, new Span(before.start(), after.end()), evidence, "according to", according, false)
                .withContent(parsed.slice(before.start(), before.end()), parsed.slice(after.start(), after.end()));
    }

    /**
     * The author a document speaks for: "from/by X" after it, else a named possessor or a named word before it
     * ("WHO's figures", "a NATO press release"); otherwise the document itself ("according to reports").
     */
    private static Mention authorOf(Sentence sentence, Token source, Mention phrase) {
        if (!Lexicon.DOCUMENTS.contains(source.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return phrase;
        }
        for (Token child : sentence.children(source)) {
            if (child.relation().equals("nmod")
                    && child.index() > source.index()
                    && child.isProperNoun()
                    && sentence.children(child).stream()
                            .anyMatch(c -> c.relation().equals("case")
                                    && Lexicon.AUTHOR_PREPOSITIONS.contains(
                                            c.lemma().toLowerCase(java.util.Locale.ROOT)))) {
                return mention(sentence, child);
            }
        }
        for (Token child : sentence.children(source)) {
            if ((child.relation().equals("nmod:poss") || child.relation().equals("compound"))
                    && child.isProperNoun()
                    && Set.of("ORGANIZATION", "PERSON").contains(child.ner())) {
                return mention(sentence, child);
            }
        }
        return phrase;
    }

    /**
     * "according to a report by a website": a single unnamed report is no source a reader can name (reports in
     * the plural, "the reports" and a named author's report are).
     */
    private static boolean isVagueDocument(Sentence sentence, Token source) {
        return source.lemma().equalsIgnoreCase("report")
                && source.pos().equals("NN")
                && sentence.children(source).stream()
                        .anyMatch(c -> c.relation().equals("det")
                                && Set.of("a", "an").contains(c.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * When the parser did not hang "according to" on its noun: the last noun of the words after "to", up to a
     * comma that does not sit inside a date ("According to a March 14, 2019 NATO press release, ...").
     */
    private static @Nullable Token nounAfter(Sentence sentence, Token according) {
        List<Token> tokens = sentence.tokens();
        Token noun = null;
        for (int i = according.index() + 2; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean dateComma = token.word().equals(",") && !token.ner().equals("O")
                    || token.word().equals(",")
                            && i + 1 < tokens.size()
                            && tokens.get(i + 1).ner().equals("DATE")
                            && i > 0
                            && tokens.get(i - 1).ner().equals("DATE");
            if (token.pos().matches("[,.:;]") && !dateComma || token.isVerb()) {
                break;
            }
            if (token.isNoun() && !token.ner().equals("DATE")) {
                noun = token;
            }
        }
        return noun;
    }

    /** Drops the connecting "that", punctuation and a trailing "he said" from a word range. */
    static @Nullable Span trim(ParsedText parsed, Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        while (first <= last
                && (tokens.get(first).pos().matches("[,.:;`'\"]+|``|''|-LRB-|-RRB-")
                        || tokens.get(first).word().matches("[\u201C\u201D\"\u2013\u2014,]")
                        || (tokens.get(first).lemma().equals("that")
                                && tokens.get(first).relation().matches("mark|dep")))) {
            first++;
        }
        first = afterLeadingDate(tokens, first, last);
        while (last >= first
                && (tokens.get(last).pos().matches("[,.:;`'\"]+|``|''")
                        || tokens.get(last).word().matches("[\u201C\u201D\"\u2013\u2014,.]"))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        return new Span(tokens.get(first).start(), tokens.get(last).end());
    }

    /**
     * "said on Thursday (January 27) the U.S. had shown ...": the date opening the range tells when it was
     * said, not what. A date that is the subject ("Thursday is the deadline") stays.
     */
    private static int afterLeadingDate(List<Token> tokens, int first, int last) {
        int next = first < last && tokens.get(first).lemma().equalsIgnoreCase("on") ? first + 1 : first;
        if (next > last
                || !tokens.get(next).ner().equals("DATE")
                || next == first && !tokens.get(next).relation().matches("obl.*|nmod:tmod|advmod")) {
            return first;
        }
        while (next <= last
                && (tokens.get(next).ner().equals("DATE")
                        || tokens.get(next).pos().matches("-LRB-|-RRB-|,"))) {
            next++;
        }
        return last - next >= 2 && !tokens.get(next).pos().equals("POS") ? next : first;
    }

    static boolean inside(List<Span> quotes, int offset) {
        for (Span quote : quotes) {
            if (offset >= quote.start() && offset < quote.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(Sentence sentence, Token verb) {
        return sentence.child(verb, "nsubj:pass") != null || sentence.child(verb, "aux:pass") != null;
    }
}
