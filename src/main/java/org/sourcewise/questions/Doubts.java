package org.sourcewise.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.CalendarWords;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;

/**
 * Why the generator should not trust a statement's speaker, kind of source or date as an answer key, read from
 * the statement and the words around it; null when nothing speaks against it. Each check is a general sign that
 * the engine may have taken the wrong words for the speaker:
 * <ul>
 * <li>another name stands right beside the speaker's ("One senator, Eduardo Bhatia, said", "His wife Mary said",
 * "The Bark, Day said") or the speaker's name is part of a longer one ("Saint Francis", "African Export–Import
 * Bank");</li>
 * <li>the speaker's name is an object in its sentence ("tried to have Waseem released by saying"), or one of two
 * subjects ("X and Y said");</li>
 * <li>the speaker is not named in the reporting clause ("he said", a quote continued) and another name comes
 * between the speaker's last mention and the statement, or the clause names someone else;</li>
 * <li>the reported words themselves report someone else ("despite Znak.com claiming ...").</li>
 * </ul>
 * A wrong answer key teaches a student the wrong source; a question left out costs little.
 */
final class Doubts {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*");

    private Doubts() {}

    /** The reporting clause around a statement: its sentences with every quotation and the content blanked out. */
    record Frame(int start, int end, String clause) {}

    static Frame frame(String text, Statement statement) {
        Span content = statement.contentSpan();
        Span evidence = statement.evidence();
        int start = Math.min(Wording.sentenceAround(text, content.start()).start(), evidence.start());
        int end = Math.max(
                Wording.sentenceAround(text, Math.max(content.start(), content.end() - 1))
                        .end(),
                evidence.end());
        // '"... a toilet?" wrote Cattelan' goes on after the question mark: a lower-case start continues the sentence
        while (end < text.length()) {
            int next = end;
            while (next < text.length()
                    && (text.charAt(next) == ' ' || text.charAt(next) == '"' || text.charAt(next) == '”')) {
                next++;
            }
            if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
                end = Math.max(end + 1, Wording.sentenceAround(text, next).end());
            } else {
                break;
            }
        }
        start = Math.max(0, Math.min(start, end));
        end = Math.min(end, text.length());
        String outside = unquoted(text.substring(start, end));
        char[] clause = outside.toCharArray();
        for (int i = Math.max(content.start(), start); i < Math.min(content.end(), end); i++) {
            clause[i - start] = ' ';
        }
        String blanked = new String(clause);
        // "Rescuers, according to the ministry, recovered ...": the content runs around its own reporting words
        boolean cueLost = statement.cue() != null
                && !statement.cue().startsWith("(")
                && cueOffset(outside, statement.cue()) >= 0
                && cueOffset(blanked, statement.cue()) < 0;
        return new Frame(start, end, cueLost ? outside : blanked);
    }

    /** The text with everything inside quotation marks (and the marks) replaced by spaces, offsets kept. */
    static String unquoted(String text) {
        char[] chars = text.toCharArray();
        boolean inside = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean mark = c == '"' || c == '“' || c == '”';
            if (c == '“') {
                inside = true;
            } else if (c == '”') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
            if (mark || inside) {
                chars[i] = c == '\n' ? '\n' : ' ';
            }
        }
        return new String(chars);
    }

    /** Why the speaker is not a safe answer key, or null. */
    static @Nullable String aboutSpeaker(String text, Statement statement, List<Statement> article) {
        if (!ShownSpeakers.presentable(statement.speaker())
                || ShownSpeakers.describedThroughSomeoneElse(statement.speaker())) {
            return "the speaker is not a name a student can be shown";
        }
        if (statement.speaker().kind() == SourceKind.PERSON
                && !looksLikePersonName(statement.speaker().name())) {
            return "a person's name with lower-case words";
        }
        if (statement.speaker().kind() != SourceKind.ANONYMOUS
                && !startsLikeAName(statement.speaker().name())) {
            return "a description (\"police\", \"organizers\"), not a name a who-question can key";
        }
        Frame frame = frame(text, statement);
        String clause = frame.clause();
        List<String> nameWords = nameWords(statement.speaker().name());
        Set<String> own = ownWords(statement.speaker().name(), null);
        Set<String> ownAndRole =
                ownWords(statement.speaker().name(), statement.speaker().role());
        if (statement.kind() != StatementKind.DIRECT && reportsSomeoneElse(statement.content(), own)) {
            return "the reported words report someone else";
        }
        int cueAt = cueOffset(clause, statement.cue());
        int[] mention = mention(clause, statement.speaker().name(), nameWords, cueAt);
        if (mention != null) {
            return aboutMention(frame, mention, nameWords, own, ownAndRole, statement);
        }
        return aboutResolved(text, frame, statement, nameWords, own, article);
    }

    private static @Nullable String aboutMention(
            Frame frame,
            int[] mention,
            List<String> nameWords,
            Set<String> own,
            Set<String> ownAndRole,
            Statement statement) {
        String cue = statement.cue();
        String clause = frame.clause();
        String after = clause.substring(mention[1]);
        if (after.matches("(?s)^[–—\\-]\\p{L}.*")) {
            return "the speaker's name is part of a longer name";
        }
        Matcher beside = Pattern.compile("^(?:['’]s)?\\s*,?\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*)")
                .matcher(after);
        if (beside.find() && isOtherName(beside.group(1), ownAndRole)) {
            return "another name stands beside the speaker's";
        }
        if (after.matches("(?s)^\\s*,?\\s*(and|or|&)\\s+(the\\s+)?\\p{Lu}.*")) {
            return "the speaker is one of two subjects";
        }
        int contentEnd = statement.contentSpan().end() - frame.start();
        if (contentEnd > 0
                && contentEnd <= mention[0]
                && clause.substring(contentEnd, mention[0])
                        .toLowerCase(Locale.ROOT)
                        .matches("(?s).*(\\bwhile\\b|\\bwhereas\\b|\\bbut\\b|\\balthough\\b|\\band\\b|;).*")) {
            return "the speaker belongs to another clause of the sentence";
        }
        String before = clause.substring(0, mention[0]);
        if (before.matches("(?s).*[/(©]\\s*$")
                || after.matches("(?s)^\\s*[/)].*")
                || before.toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b(photo|photograph|picture|image|credit|courtesy)( by)?\\s*[:(]?\\s*$")) {
            return "the speaker's name is a photo credit";
        }
        if (before.toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b(reported|quoted|published|cited|broadcast|aired|carried|via)( by)?\\s*$")
                || before.toLowerCase(Locale.ROOT)
                        .matches(
                                "(?s).*\\b(speaking|spoke|talking|talked|interview|statement|told)\\s+(to|with)\\s*$")) {
            return "the speaker's name is an outlet that carries the words, not their source";
        }
        Matcher last = Pattern.compile("([\\p{L}\\p{M}'’.\\-]+)[\\s,]*$").matcher(before);
        if (last.find()) {
            String previous = last.group(1);
            String cueWord = cue == null ? "" : cue.toLowerCase(Locale.ROOT).split("\\s+", -1)[0];
            boolean sentenceStart = before.substring(0, last.start()).strip().isEmpty()
                    || before.substring(0, last.start()).strip().matches("(?s).*[.!?:;]$");
            if (Character.isLowerCase(previous.charAt(0))
                    && Words.in(Words.OBJECT_MARKERS, previous)
                    && !previous.equalsIgnoreCase(cueWord)) {
                return "the speaker's name is an object in its sentence";
            }
            if (nameWords.size() == 1
                    && !sentenceStart
                    && isOtherName(previous.replaceAll("[.]$", ""), own)
                    && !before.substring(last.start(), before.length()).contains(",")) {
                return "the speaker's name is part of a longer name";
            }
        }
        return null;
    }

    private static @Nullable String aboutResolved(
            String text,
            Frame frame,
            Statement statement,
            List<String> nameWords,
            Set<String> own,
            List<Statement> article) {
        String clause = frame.clause();
        if (namesSomeoneElse(clause, own, article, statement)) {
            return "the reporting clause names someone else";
        }
        String before = unquoted(text.substring(0, frame.start()));
        int earlier = lastMention(before, statement.speaker().name(), nameWords);
        if (earlier < 0) {
            return "the speaker is not named before";
        }
        int from = Wording.sentenceAround(text, earlier).end();
        String between = from >= before.length() ? "" : before.substring(from);
        if (namesSomeoneElse(between, own, article, statement)) {
            return "another name comes between the speaker's and the statement";
        }
        return null;
    }

    /** A name-like pair of capitalised words, another speaker of the article, or a name beside a reporting verb. */
    private static boolean namesSomeoneElse(String text, Set<String> own, List<Statement> article, Statement asked) {
        Set<String> others = new LinkedHashSet<>();
        for (Statement other : article) {
            if (other.speaker().kind() != SourceKind.ANONYMOUS && !Aliases.maySame(other.speaker(), asked.speaker())) {
                for (String word : nameWords(other.speaker().name())) {
                    if (!own.contains(word.toLowerCase(Locale.ROOT))) {
                        others.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        List<String> words = new ArrayList<>();
        List<Boolean> startsSentence = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String gap = text.substring(previousEnd, matcher.start());
            startsSentence.add(words.isEmpty() || gap.matches("(?s).*[.!?:;\\n].*"));
            words.add(matcher.group().replaceAll("['’]s$", "").replaceAll("[.]$", ""));
            previousEnd = matcher.end();
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!isOtherName(word, own)) {
                continue;
            }
            // "told Reuters", "in an interview with Dawn", "speaking to AFP": an audience, not a source
            String previous = i > 0 ? words.get(i - 1).toLowerCase(Locale.ROOT) : "";
            String beforePrevious = i > 1 ? words.get(i - 2).toLowerCase(Locale.ROOT) : "";
            if (previous.equals("with")
                    || previous.equals("told")
                    || previous.equals("to") && !beforePrevious.equals("according")) {
                continue;
            }
            if (others.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean pair = i + 1 < words.size() && !startsSentence.get(i + 1) && isOtherName(words.get(i + 1), own);
            if (pair && !Words.in(Words.FUNCTION_WORDS, word)) {
                return true;
            }
            for (int j = Math.max(0, i - 3); j <= Math.min(words.size() - 1, i + 3); j++) {
                if (j != i
                        && Words.in(Words.REPORTING_VERBS, words.get(j))
                        && !startsSentenceOnly(startsSentence, i, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capitalised word that only opens a sentence ("Fitness was ...") is not taken for a name. */
    private static boolean startsSentenceOnly(List<Boolean> startsSentence, int i, List<String> words) {
        return startsSentence.get(i)
                && (i + 1 >= words.size()
                        || Character.isLowerCase(words.get(i + 1).charAt(0)))
                && Words.in(Words.FUNCTION_WORDS, words.get(i));
    }

    /** A capitalised word that is not the speaker's own, a title, a function word, a pronoun or a day. */
    private static boolean isOtherName(String word, Set<String> own) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
        return !ownWord(lower, own)
                && !Words.in(Words.TITLES, lower)
                && !Words.in(Words.FUNCTION_WORDS, lower)
                && !Words.in(CalendarWords.MONTHS_AND_WEEKDAYS, lower)
                && !Words.in(Words.PRONOUNS, lower)
                && !Words.in(Words.REPORTING_VERBS, lower);
    }

    /** "Erdogan" for "Erdoğan", "Zelenskyy" for "Zelensky": the same word in another spelling. */
    private static boolean ownWord(String lower, Set<String> own) {
        String folded = fold(lower);
        for (String word : own) {
            String other = fold(word);
            if (other.equals(folded)
                    || folded.length() >= 5
                            && other.length() >= 5
                            && org.sourcewise.analysis.Spelling.distance(folded, other) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents, one character for one, so offsets into the folded text stay those of the text. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
        }
        return folded.toString();
    }

    /** Words of the speaker's name (and role, if given), lower case: they may stand beside the name. */
    private static Set<String> ownWords(String name, @Nullable String role) {
        Set<String> own = new LinkedHashSet<>();
        for (String source : new String[] {name, role}) {
            if (source != null) {
                for (String word : Wording.words(source.replace("’s", "").replace("'s", ""))) {
                    own.add(word);
                }
            }
        }
        return own;
    }

    /** The capitalised words of a name that identify it ("Lavrov", "Day" of "Day's animal foundation"). */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = CAPITALISED.matcher(name);
        while (matcher.find()) {
            String word = matcher.group().replaceAll("['’]s$", "").replaceAll("[.]$", "");
            if (word.length() >= 2 && !Words.in(Words.TITLES, word) && !Words.in(Words.FUNCTION_WORDS, word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** "Police", "the Emergencies Ministry", "NRK": the first word after "the" has a capital or a digit. */
    private static boolean startsLikeAName(String name) {
        String rest = name.strip().replaceFirst("(?i)^the\\s+", "");
        return !rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0)));
    }

    private static boolean looksLikePersonName(String name) {
        for (String word : name.strip().split("[\\s\\-]+")) {
            String bare = word.replaceAll("[^\\p{L}]", "");
            if (!bare.isEmpty()
                    && Character.isLowerCase(bare.charAt(0))
                    && !Words.NAME_PARTICLES.contains(bare.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "despite Znak.com claiming an anonymous source described ...", "its source said ...": a reporting verb
     * inside the reported words with a subject of its own, a name or an unnamed group, shortly before it.
     */
    private static boolean reportsSomeoneElse(String content, Set<String> own) {
        String outside = unquoted(content);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(outside);
        while (matcher.find()) {
            words.add(matcher.group().replaceAll("['’]s$", "").replaceAll("[.]$", ""));
        }
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            boolean reporting = Words.in(Words.REPORTING_VERBS, word)
                    && !word.equals("reports")
                    && !word.equals("states")
                    && !word.equals("claims")
                    && !word.equals("notes");
            if (word.equals("according")
                    && i + 1 < words.size()
                    && words.get(i + 1).equalsIgnoreCase("to")) {
                return true;
            }
            if (!reporting) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j < i; j++) {
                String subject = words.get(j);
                if (isOtherName(subject, own) && j > 0 || Words.in(Words.UNNAMED_GROUPS, subject)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int cueOffset(String clause, @Nullable String cue) {
        if (cue == null || cue.startsWith("(")) {
            return -1;
        }
        Matcher matcher =
                Pattern.compile("(?i)\\b" + Pattern.quote(cue) + "\\b").matcher(clause);
        return matcher.find() ? matcher.start() : -1;
    }

    /** Where the clause names the speaker (the whole name, else one of its words), nearest to the cue. */
    private static int @Nullable [] mention(String clause, String name, List<String> nameWords, int cueAt) {
        List<int[]> found = occurrences(clause, name.strip(), true);
        if (found.isEmpty()) {
            for (String word : nameWords) {
                found.addAll(occurrences(clause, word, false));
            }
        }
        int[] best = null;
        for (int[] at : found) {
            int distance = cueAt < 0 ? 0 : Math.abs(at[0] - cueAt);
            if (best == null || distance < (cueAt < 0 ? 0 : Math.abs(best[0] - cueAt))) {
                best = at;
            }
        }
        return best;
    }

    private static int lastMention(String text, String name, List<String> nameWords) {
        List<int[]> found = occurrences(text, name.strip(), true);
        for (String word : nameWords) {
            found.addAll(occurrences(text, word, false));
        }
        return found.stream().mapToInt(at -> at[0]).max().orElse(-1);
    }

    private static List<int[]> occurrences(String text, String phrase, boolean ignoreCase) {
        List<int[]> found = new ArrayList<>();
        if (phrase.isBlank()) {
            return found;
        }
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(phrase)) + "(?![\\p{L}\\p{N}])")
                .matcher(fold(text));
        while (matcher.find()) {
            if (ignoreCase || Character.isUpperCase(text.charAt(matcher.start()))) {
                found.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return found;
    }

    /**
     * Why "named or unnamed source?" has no clear answer for this statement, or null: the speaker is doubtful,
     * or the kind the engine gave does not fit the words ("the prime minister" and "the police" are not unnamed
     * in the way "officials" are; "US authorities" and "reports" are not an organisation's name).
     */
    static @Nullable String aboutKind(String text, Statement statement, List<Statement> article) {
        String speaker = aboutSpeaker(text, statement, article);
        if (speaker != null && statement.speaker().kind() != SourceKind.ANONYMOUS) {
            return speaker;
        }
        String name = statement.speaker().name().strip();
        String head = head(name);
        boolean plural = Words.isPlural(head);
        return switch (statement.speaker().kind()) {
            case ANONYMOUS -> {
                if (!ShownSpeakers.presentable(statement.speaker())
                        || ShownSpeakers.describedThroughSomeoneElse(statement.speaker())) {
                    yield "the description is not one a student can be shown";
                }
                if (Words.in(Words.BODIES, head) || Character.isUpperCase(head.charAt(0)) && !name.startsWith(head)) {
                    yield "a body or role the article can name, not an unnamed source";
                }
                if (speaker != null && !speaker.startsWith("the speaker is not named")) {
                    yield speaker;
                }
                if (!(plural && Words.in(Words.UNNAMED_GROUPS, head)) && !indefinite(text, statement)) {
                    yield "a definite description may point to someone the article names";
                }
                yield null;
            }
            case ORGANIZATION ->
                Words.in(Words.UNNAMED_GROUPS, head) || Character.isLowerCase(name.charAt(0)) || genericPlural(name)
                        ? "a group of unnamed people, not an organisation's name"
                        : null;
            case PERSON, PUBLICATION -> null;
        };
    }

    /** "Aid agencies", "Local firefighters": a plural with no capital after its first word names no one body. */
    private static boolean genericPlural(String name) {
        String[] words = name.strip().split("\\s+");
        String head = head(name);
        boolean plural = head.length() > 1 && head.endsWith("s") && !head.endsWith("ss");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return false;
            }
        }
        return plural && (words.length == 1 || Character.isLowerCase(head.charAt(0)));
    }

    /** The head noun of a description, before any qualifier: "officials" of "Officials from the United States". */
    static String head(String name) {
        String[] words = name.split("\\s+");
        String head = words[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            if (Words.QUALIFIER_STARTS.contains(words[i].toLowerCase(Locale.ROOT))) {
                head = words[i - 1];
                break;
            }
        }
        return head.replaceAll("[^\\p{L}'’\\-]", "");
    }

    /** "a government official", "one source", "some analysts": the words before the description in the text. */
    private static boolean indefinite(String text, Statement statement) {
        Frame frame = frame(text, statement);
        Matcher matcher = Pattern.compile("(?i)\\b(a|an|one|another|some|several|two|three|many|unnamed|anonymous)\\s+"
                        + "(?:[\\p{L}\\-]+\\s+){0,3}"
                        + Pattern.quote(head(statement.speaker().name())) + "\\b")
                .matcher(frame.clause());
        return matcher.find()
                || Wording.words(statement.speaker().name()).stream()
                        .anyMatch(word -> word.equals("unnamed") || word.equals("anonymous"));
    }

    /**
     * Why the date is not a safe key, or null: the day must be named in the reporting clause, outside the words
     * reported ("it would meet on Monday" dates the meeting, not the statement).
     */
    static @Nullable String aboutDate(
            String text, java.time.@Nullable LocalDate published, Statement statement, List<Statement> article) {
        String speaker = aboutSpeaker(text, statement, article);
        if (speaker != null) {
            return speaker;
        }
        Frame frame = frame(text, statement);
        String clause = reportingClause(frame.clause(), statement.cue());
        if (!Clues.datedInSentence(clause)) {
            return "the reporting clause names no day";
        }
        if (published != null
                && statement.saidOn() != null
                && !Clues.dateWrittenOut(clause, statement.saidOn())
                && !countsBack(clause, statement.saidOn(), published)) {
            return "the date does not follow from the day the clause names and the publication date";
        }
        return null;
    }

    /**
     * Whether "on Friday", "yesterday" or "today" in the clause, counted back from publication, gives the date:
     * the explanation a student reads says so, so it must hold.
     */
    private static boolean countsBack(String clause, java.time.LocalDate said, java.time.LocalDate published) {
        List<String> words = Wording.words(clause);
        long daysBefore = java.time.temporal.ChronoUnit.DAYS.between(said, published);
        if (words.contains("yesterday")) {
            return daysBefore == 1;
        }
        if (words.contains("today") || words.contains("tonight")) {
            return daysBefore == 0;
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (words.contains(day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT))) {
                int limit = words.contains("last") ? 14 : 7;
                return said.getDayOfWeek() == day && daysBefore >= 0 && daysBefore <= limit;
            }
        }
        return true;
    }

    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("(?i);|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b|\\bwhen\\b|\\n|[.!?](\\s|$)");

    /** The part of the sentence around the cue, up to the next "but", "while", ";" or sentence end on either side. */
    static String reportingClause(String clause, @Nullable String cue) {
        int cueAt = cueOffset(clause, cue);
        if (cueAt < 0) {
            return clause;
        }
        int start = 0;
        int end = clause.length();
        Matcher matcher = CLAUSE_BREAK.matcher(clause);
        while (matcher.find()) {
            if (matcher.end() <= cueAt) {
                start = matcher.end();
            } else if (matcher.start() > cueAt) {
                end = matcher.start();
                break;
            }
        }
        return clause.substring(start, end);
    }
}
