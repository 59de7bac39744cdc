package org.sourcewise.questions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.DatedEvent;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Provenance;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.cleaning.ArticleText;

/**
 * Turns an article's statements and dated events into a bank of questions: who said it, what X said, when,
 * in what order, named or anonymous, quote or paraphrase, according to whom. Plain Java, deterministic for the
 * same article, library and seed. Choices are shuffled, except the fixed scales (kind of source, quote or
 * paraphrase), which a student should always meet in the same order.
 */
public final class QuestionGenerator {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    static final List<String> SOURCE_KINDS =
            List.of("A named person", "An unnamed source", "An organisation, government or country", "A publication");
    static final List<String> QUOTE_OR_PARAPHRASE =
            List.of("Exact words: the article quotes them", "The article's own words: a paraphrase");

    /** A bank stays readable: beyond this many of one type, a teacher gets repetition, not choice. */
    private static final int PER_TYPE = 8;

    private static final String CONTINUATION = "(continuation)";
    private static final int MIN_WORDS = 4;
    /** A quoted fragment shorter than this ("invade", "serious consequences") is a word choice, not a statement. */
    private static final int MIN_QUOTE_WORDS = 6;

    /**
     * Three wrong answers are asked for; two will do, since wrong answers come only from this article and related
     * stories, and a short article may quote just three people.
     */
    private static final int MIN_WRONG = 2;

    private static final int SHOWN_WORDS = 40;
    private static final int CHOICE_WORDS = 25;

    /**
     * The engine vouches for the statement's speaker: its speaker confidence is at least {@link Provenance#TRUSTED}.
     * Given to {@link #QuestionGenerator(long, Predicate)}, a statement below it yields no question keyed on its
     * speaker or date at all (rather than one that waits for a teacher's check).
     */
    public static final Predicate<Statement> ENGINE_SURE =
            statement -> statement.provenance().speakerTrusted();

    private final long seed;
    private final Predicate<Statement> trusted;

    public QuestionGenerator(long seed) {
        this(seed, statement -> true);
    }

    /**
     * @param trusted whether the engine itself vouches for a statement's speaker and date (its confidence above a
     *                threshold, say); a statement it does not vouch for yields no question whose key is its speaker
     *                or date. The generator's own checks ({@link Doubts}) apply on top.
     */
    public QuestionGenerator(long seed, Predicate<Statement> trusted) {
        this.seed = seed;
        this.trusted = trusted;
    }

    /**
     * The questions an article's statements and dated events give.
     *
     * @param library the statements of other articles, for wrong answers when this article has too few (only those
     *     of related stories, see {@link Topics})
     */
    public List<Question> generate(
            ArticleText article,
            @Nullable LocalDate published,
            ExtractionResult result,
            List<ExtractionResult> library) {
        String text = article.text();
        List<Statement> statements =
                result.statements().stream().filter(QuestionGenerator::askable).toList();
        // only statements whose speaker the generator can vouch for give keys or wrong answers about speakers
        List<Statement> sure = statements.stream()
                .filter(statement -> speakerSure(text, statement, statements))
                .toList();
        Set<Set<String>> names = Topics.names(text);
        List<Statement> elsewhere = library.stream()
                .filter(other -> Topics.related(names, other))
                .flatMap(other -> other.statements().stream())
                .filter(QuestionGenerator::askable)
                .filter(trusted)
                .toList();
        List<Question> questions = new ArrayList<>();
        Set<String> speakersAsked = new HashSet<>();
        for (Statement statement : statements) {
            boolean speakerSure = sure.contains(statement);
            if (speakerSure && statement.kind() == StatementKind.DIRECT) {
                whoSaid(text, statement, sure, elsewhere, questions);
            } else if (speakerSure) {
                accordingTo(text, statement, sure, elsewhere, questions);
            }
            if (statement.kind() != StatementKind.MIXED) {
                quoteOrParaphrase(text, statement, speakerSure, questions);
            }
            if ((statement.speaker().kind() != SourceKind.PERSON || speakersAsked.isEmpty())
                    && trusted.test(statement)
                    && (checkedByTeacher(statement) || Doubts.aboutKind(text, statement, statements) == null)) {
                sourceKind(text, statement, questions);
            }
            if (speakerSure && speakersAsked.add(statement.speaker().name())) {
                whatSaid(text, statement, sure, elsewhere, questions);
            }
            LocalDate saidOn = statement.saidOn();
            if (saidOn != null && dateSure(text, published, statement, statements)) {
                whenSaid(text, statement, saidOn, published, result, questions);
            }
        }
        timeOrder(text, published, result, statements, questions);
        return bank(questions);
    }

    /** A statement whose content reads as a claim and whose speaker can be shown. */
    private static boolean askable(Statement statement) {
        return Wording.words(statement.content()).size() >= MIN_WORDS
                && ShownSpeakers.presentable(statement.speaker())
                && Clauses.wellFormed(statement);
    }

    private boolean speakerSure(String text, Statement statement, List<Statement> article) {
        return trusted.test(statement)
                && (checkedByTeacher(statement) || Doubts.aboutSpeaker(text, statement, article) == null)
                && ShownSpeakers.shownName(text, statement.speaker()) != null;
    }

    /** A speaker and date a teacher gave or corrected: the generator's doubts are about the engine's reading. */
    private static boolean checkedByTeacher(Statement statement) {
        return Provenance.TEACHER.speakerBy().equals(statement.provenance().speakerBy());
    }

    private boolean dateSure(String text, @Nullable LocalDate published, Statement statement, List<Statement> article) {
        return trusted.test(statement)
                && (checkedByTeacher(statement) || Doubts.aboutDate(text, published, statement, article) == null);
    }

    private void whoSaid(
            String text,
            Statement statement,
            List<Statement> article,
            List<Statement> library,
            List<Question> questions) {
        if (Wording.words(statement.content()).size() >= MIN_QUOTE_WORDS) {
            askWho(
                    QuestionType.WHO_SAID,
                    "Who said this?\n“" + Wording.shorten(statement.content(), SHOWN_WORDS) + "”",
                    text,
                    statement,
                    article,
                    library,
                    questions);
        }
    }

    private void accordingTo(
            String text,
            Statement statement,
            List<Statement> article,
            List<Statement> library,
            List<Question> questions) {
        askWho(
                QuestionType.ACCORDING_TO,
                "According to the article, who is the source of this claim?\n" + claim(statement),
                text,
                statement,
                article,
                library,
                questions);
    }

    private void askWho(
            QuestionType type,
            String stem,
            String text,
            Statement statement,
            List<Statement> article,
            List<Statement> library,
            List<Question> questions) {
        if (!asksWho(text, statement)) {
            return;
        }
        String context = evidenceText(text, statement);
        List<String> wrong = SpeakerChoices.wrong(statement, article, library, 3, context).stream()
                .map(speaker -> article.stream().anyMatch(s -> s.speaker().equals(speaker))
                        ? ShownSpeakers.shownName(text, speaker)
                        : speaker.name())
                .toList();
        if (wrong.size() >= MIN_WRONG && !wrong.contains(null)) {
            Clues.SpeakerClue clue = Clues.speaker(text, statement);
            questions.add(choice(
                    type,
                    stem,
                    Objects.requireNonNull(
                            ShownSpeakers.shownName(text, statement.speaker()), "a sure speaker has a name to show"),
                    wrong,
                    clue.evidence(),
                    clue.explanation(),
                    clue.namedInPlace() ? Difficulty.EASY : Difficulty.MEDIUM,
                    statement));
        }
    }

    private void whatSaid(
            String text,
            Statement statement,
            List<Statement> article,
            List<Statement> library,
            List<Question> questions) {
        List<Statement> own = article.stream()
                .filter(s -> Aliases.maySame(s.speaker(), statement.speaker()))
                .toList();
        List<String> wrong = new ArrayList<>();
        List<Speaker> wrongSpeakers = new ArrayList<>();
        for (List<Statement> pool : List.of(article, library)) {
            for (Statement other : pool) {
                boolean someoneElse = !Aliases.maySame(other.speaker(), statement.speaker())
                        && wrongSpeakers.stream().noneMatch(speaker -> Aliases.maySame(speaker, other.speaker()));
                boolean differs = own.stream()
                                .allMatch(
                                        s -> Wording.overlap(s.content(), other.content()) < SpeakerChoices.SAME_CLAIM)
                        && wrong.stream()
                                .allMatch(w -> Wording.overlap(w, other.content()) < SpeakerChoices.SAME_CLAIM);
                if (wrong.size() < 3 && someoneElse && differs) {
                    wrong.add(asChoice(other.content()));
                    wrongSpeakers.add(other.speaker());
                }
            }
        }
        if (wrong.size() >= MIN_WRONG) {
            Clues.SpeakerClue clue = Clues.speaker(text, statement);
            questions.add(choice(
                    QuestionType.WHAT_SAID,
                    "According to the article, which of these did "
                            + ShownSpeakers.inSentence(text, statement.speaker()) + " say?",
                    asChoice(statement.content()),
                    wrong,
                    clue.evidence(),
                    clue.explanation() + " The other choices are what other sources said.",
                    clue.namedInPlace() ? Difficulty.EASY : Difficulty.MEDIUM,
                    statement));
        }
    }

    private void whenSaid(
            String text,
            Statement statement,
            LocalDate saidOn,
            @Nullable LocalDate published,
            ExtractionResult result,
            List<Question> questions) {
        List<LocalDate> articleDates = new ArrayList<>();
        result.events().forEach(event -> articleDates.add(event.date()));
        result.statements().stream()
                .map(Statement::saidOn)
                .filter(date -> date != null)
                .forEach(articleDates::add);
        List<LocalDate> wrong = DateChoices.wrong(saidOn, articleDates, published, 3);
        Span evidence = statement.evidence();
        String sentence = text.substring(evidence.start(), evidence.end());
        if (!Clues.datedInSentence(sentence)) {
            return;
        }
        boolean writtenOut = Clues.dateWrittenOut(sentence, saidOn);
        // a date a teacher gave an article without a publication date cannot be counted back from it
        String explanation = "The article says: “" + Wording.shorten(sentence, 60) + "”"
                + (writtenOut || published == null
                        ? ""
                        : " The article was published on " + published.format(DAY)
                                + ", so counting back from it, this was "
                                + saidOn.format(DAY) + ".");
        questions.add(choice(
                QuestionType.WHEN_SAID,
                "When did " + ShownSpeakers.inSentence(text, statement.speaker()) + " say this?\n" + claim(statement),
                saidOn.format(DAY),
                wrong.stream().map(DAY::format).toList(),
                List.of(evidence),
                explanation,
                writtenOut ? Difficulty.MEDIUM : Difficulty.HARD,
                statement));
    }

    private static void quoteOrParaphrase(
            String text, Statement statement, boolean speakerSure, List<Question> questions) {
        boolean direct = statement.kind() == StatementKind.DIRECT;
        Span evidence = statement.evidence();
        String sentence = Wording.shorten(text.substring(evidence.start(), evidence.end()), 60);
        // A statement a teacher added has no reporting word recorded.
        String after = statement.cue() == null ? "" : ", after “" + statement.cue() + "”";
        String explanation = direct
                ? "The words stand in quotation marks in the article: “" + sentence + "”"
                : "The article reports this without quotation marks" + after + ": “" + sentence + "”";
        // a speaker the generator cannot vouch for is not named in the stem: the question is about the marks
        String asked = speakerSure
                ? "Did " + ShownSpeakers.inSentence(text, statement.speaker())
                        + " say these exact words, or does the article put it in its own words?\n"
                : "Does the article quote these words exactly, or put them in its own words?\n";
        // The words are shown bare, the same for a quote and a paraphrase: marks or a "Claim:" would give the answer.
        questions.add(new Question(
                QuestionType.QUOTE_OR_PARAPHRASE,
                asked + Wording.shorten(statement.content(), SHOWN_WORDS),
                QUOTE_OR_PARAPHRASE,
                List.of(direct ? 0 : 1),
                List.of(evidence),
                explanation,
                direct ? Difficulty.EASY : Difficulty.MEDIUM,
                statement));
    }

    private static void sourceKind(String text, Statement statement, List<Question> questions) {
        int answer = switch (statement.speaker().kind()) {
            case PERSON -> 0;
            case ANONYMOUS -> 1;
            case ORGANIZATION -> 2;
            case PUBLICATION -> 3;
        };
        Clues.SpeakerClue clue = Clues.speaker(text, statement);
        String source = "The article gives “" + statement.speaker().name() + "” as the source"
                + (answer == 1 ? ", without naming anyone." : ".");
        questions.add(new Question(
                QuestionType.SOURCE_KIND,
                "How does the article identify the source of this claim?\n" + claim(statement),
                SOURCE_KINDS,
                List.of(answer),
                clue.evidence(),
                source + " " + clue.explanation(),
                answer == 1 ? Difficulty.MEDIUM : Difficulty.EASY,
                statement));
    }

    /** Three or four things the article dates, each on its own day, to put in order. */
    private void timeOrder(
            String text,
            @Nullable LocalDate published,
            ExtractionResult result,
            List<Statement> article,
            List<Question> questions) {
        record Dated(LocalDate date, String description, Span evidence) {}
        List<Dated> candidates = new ArrayList<>();
        for (Statement statement : result.statements()) {
            if (statement.saidOn() != null && askable(statement) && dateSure(text, published, statement, article)) {
                candidates.add(new Dated(
                        statement.saidOn(),
                        statement.speaker().name() + " said: " + Wording.shorten(statement.content(), CHOICE_WORDS),
                        statement.evidence()));
            }
        }
        for (DatedEvent event : result.events()) {
            if (Wording.words(event.description()).size() >= 8) {
                candidates.add(
                        new Dated(event.date(), Wording.shorten(event.description(), CHOICE_WORDS), event.evidence()));
            }
        }
        List<Dated> picked = new ArrayList<>();
        for (Dated candidate : candidates) {
            if (picked.size() < 4 && picked.stream().noneMatch(p -> p.date().equals(candidate.date()))) {
                picked.add(candidate);
            }
        }
        if (picked.size() < 3) {
            return;
        }
        List<Dated> shown = new ArrayList<>(picked);
        java.util.Collections.shuffle(shown, random("order" + text.length()));
        List<Dated> inOrder =
                shown.stream().sorted(Comparator.comparing(Dated::date)).toList();
        List<Integer> order = inOrder.stream().map(shown::indexOf).toList();
        StringBuilder explanation = new StringBuilder("In the article: ");
        for (Dated dated : inOrder) {
            explanation
                    .append(dated.date().format(DAY))
                    .append(": ")
                    .append(Wording.shorten(dated.description(), 12))
                    .append("; ");
        }
        questions.add(new Question(
                QuestionType.TIME_ORDER,
                "Put these in the order they happened, earliest first.",
                shown.stream().map(Dated::description).toList(),
                order,
                shown.stream()
                        .map(Dated::evidence)
                        .sorted(Comparator.comparingInt(Span::start))
                        .toList(),
                explanation.substring(0, explanation.length() - 2) + ".",
                Difficulty.HARD,
                null));
    }

    /**
     * Whether "who said it?" has one right answer: the quote shown must not name its speaker, or the stem gives
     * it away; and an unnamed source ("a government official") may well be one of the other unnamed sources, so
     * for those the question is whether the source is named at all ({@link QuestionType#SOURCE_KIND}). A quote
     * standing alone in its paragraph, with no one named or pointed to, is the writer's arrangement, not an
     * attribution a reader can check.
     */
    private static boolean asksWho(String text, Statement statement) {
        String name = statement.speaker().name();
        boolean namesItself = Wording.words(name).stream()
                .filter(word -> word.length() > 2)
                .anyMatch(word -> Wording.containsWord(statement.content(), word));
        boolean unattributedParagraph = CONTINUATION.equals(statement.cue())
                && startsParagraph(text, statement.evidence().start());
        return !namesItself && statement.speaker().kind() != SourceKind.ANONYMOUS && !unattributedParagraph;
    }

    /** The sentences a reader is shown for the statement, with its reporting clause: no wrong answer may be named there. */
    private static String evidenceText(String text, Statement statement) {
        Doubts.Frame frame = Doubts.frame(text, statement);
        int start = Math.min(frame.start(), statement.evidence().start());
        int end = Math.max(frame.end(), statement.evidence().end());
        return text.substring(Math.max(0, start), Math.min(text.length(), end));
    }

    private static boolean startsParagraph(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return text.substring(lineStart + 1, offset).isBlank();
    }

    private static String claim(Statement statement) {
        String shown = Wording.shorten(statement.content(), SHOWN_WORDS);
        return statement.kind() == StatementKind.DIRECT ? "“" + shown + "”" : "Claim: " + shown;
    }

    private static String asChoice(String content) {
        String shown = Wording.shorten(content, CHOICE_WORDS);
        return shown.isEmpty() ? shown : Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
    }

    private Question choice(
            QuestionType type,
            String stem,
            String right,
            List<String> wrong,
            List<Span> evidence,
            String explanation,
            Difficulty difficulty,
            Statement statement) {
        List<String> choices = new ArrayList<>(wrong);
        choices.add(right);
        java.util.Collections.shuffle(choices, random(stem));
        return new Question(
                type, stem, choices, List.of(choices.indexOf(right)), evidence, explanation, difficulty, statement);
    }

    private Random random(String salt) {
        return new Random(seed * 31 + salt.hashCode());
    }

    /** No two questions asking the same thing, and no more than {@link #PER_TYPE} of a type. */
    private static List<Question> bank(List<Question> questions) {
        List<Question> kept = new ArrayList<>();
        Map<QuestionType, Integer> perType = new EnumMap<>(QuestionType.class);
        for (Question question : questions) {
            boolean repeats = kept.stream()
                    .anyMatch(other ->
                            other.type() == question.type() && Wording.overlap(other.stem(), question.stem()) >= 0.8);
            if (!repeats && perType.getOrDefault(question.type(), 0) < PER_TYPE) {
                kept.add(question);
                perType.merge(question.type(), 1, Integer::sum);
            }
        }
        return kept;
    }
}
