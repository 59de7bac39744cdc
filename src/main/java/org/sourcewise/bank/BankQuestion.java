package org.sourcewise.bank;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.analysis.Span;
import org.sourcewise.gift.Gift;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Question;
import org.sourcewise.questions.QuestionType;

/** A question of an article's bank: generated from its statements, then perhaps reviewed by a teacher. */
@Entity
class BankQuestion {

    private static final Logger log = LoggerFactory.getLogger(BankQuestion.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long articleId;
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type")
    private QuestionType type;

    private String stem;
    private String explanation;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    private @Nullable String speakerName;
    private @Nullable String statementContent;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status;

    @Enumerated(EnumType.STRING)
    private @Nullable ReviewCheck reviewCheck;

    private String originKey;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant updatedAt;

    /** An own question's GIFT text; null for generated questions and own ordering questions. */
    private @Nullable String gift;

    /**
     * The teacher who wrote an own question, the only one besides an admin who may change it; null for generated
     * questions, for those of quiz files and for own questions written before authors were kept (decision 0007).
     */
    private @Nullable Long authorId;

    /** Who last decided on the question (accepted, edited, rejected, reopened, rewrote it), for the shared review. */
    private @Nullable Long decidedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "bank_question_choice", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "choice")
    private List<String> choices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bank_question_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "choice_index")
    private List<Integer> answer = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bank_question_evidence", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<EvidenceSpan> evidence = new ArrayList<>();

    protected BankQuestion() {}

    // regenerate() or own() gives the question its wording before it is saved
    @SuppressWarnings("NullAway.Init")
    BankQuestion(long articleId, String originKey) {
        this.articleId = articleId;
        this.originKey = originKey;
        this.status = QuestionStatus.GENERATED;
    }

    /**
     * A teacher's own question ({@code authorId} null for a quiz file's); it is the teacher's from the start, so
     * students may meet it at once.
     */
    static BankQuestion own(
            long articleId,
            String originKey,
            int position,
            WrittenQuestion written,
            List<Span> evidence,
            @Nullable Long authorId) {
        BankQuestion question = new BankQuestion(articleId, originKey);
        question.position = position;
        question.type = QuestionType.OWN;
        question.difficulty = Difficulty.MEDIUM;
        question.authorId = authorId;
        question.decidedBy = authorId;
        question.write(written, evidence);
        return question;
    }

    /** Replaces an own question's wording and key, and the evidence a student is shown after answering. */
    void write(WrittenQuestion written, List<Span> evidence) {
        switch (written) {
            case WrittenQuestion.Gifted gifted -> {
                gift = gifted.giftText();
                fill(
                        written.stem(),
                        List.of(),
                        List.of(),
                        gifted.question().generalFeedback().orElse(""));
            }
            case WrittenQuestion.Ordering ordering -> {
                gift = null;
                fill(
                        ordering.stem(),
                        ordering.items(),
                        IntStream.range(0, ordering.items().size()).boxed().toList(),
                        ordering.explanation());
            }
        }
        this.evidence.clear();
        evidence.forEach(span -> this.evidence.add(new EvidenceSpan(span)));
        moveTo(QuestionStatus.EDITED);
    }

    /**
     * Takes the generator's latest version of this question. The evidence always follows the new analysis, since
     * offsets change with the text; the wording stays the teacher's once a teacher has edited or rejected the
     * question, or accepted it as it still reads.
     */
    void regenerate(int position, Question generated) {
        this.position = position;
        type = generated.type();
        difficulty = generated.difficulty();
        speakerName = generated.statement() == null
                ? null
                : generated.statement().speaker().name();
        statementContent =
                generated.statement() == null ? null : generated.statement().content();
        reviewCheck = ReviewCheck.of(generated);
        evidence.clear();
        generated.evidence().forEach(span -> evidence.add(new EvidenceSpan(span)));
        // An acceptance was of the wording then generated: if corrected findings change it, it needs a new look.
        if (status == QuestionStatus.ACCEPTED && !asks(generated)) {
            status = QuestionStatus.GENERATED;
        }
        if (!status.decidedByTeacher()) {
            status = QuestionStatus.GENERATED;
            fill(generated.stem(), generated.choices(), generated.answer(), generated.explanation());
        }
    }

    private boolean asks(Question generated) {
        return stem.equals(generated.stem())
                && choices.equals(generated.choices())
                && answer.equals(generated.answer());
    }

    void retire() {
        if (status == QuestionStatus.GENERATED) {
            moveTo(QuestionStatus.RETIRED);
        }
    }

    void edit(QuestionEdit edit) {
        fill(edit.stem(), edit.choices(), edit.answer(), edit.explanation());
        moveTo(QuestionStatus.EDITED);
    }

    void moveTo(QuestionStatus status) {
        this.status = status;
        this.updatedAt = Instant.now();
    }

    void decidedBy(long accountId) {
        this.decidedBy = accountId;
    }

    @Nullable
    Long getAuthorId() {
        return authorId;
    }

    private void fill(String stem, List<String> choices, List<Integer> answer, String explanation) {
        this.stem = stem;
        this.explanation = explanation;
        this.choices.clear();
        this.choices.addAll(choices);
        this.answer.clear();
        this.answer.addAll(answer);
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    String getOriginKey() {
        return originKey;
    }

    QuestionStatus getStatus() {
        return status;
    }

    boolean isOwn() {
        return type == QuestionType.OWN;
    }

    /**
     * Whether students may meet it now: a teacher's own question or one a teacher accepted or edited; a generated
     * one only when the engine is sure of it and the article lets such questions through ({@link BankPolicy}).
     */
    boolean reachesStudents(boolean trustedOpen) {
        return status == QuestionStatus.ACCEPTED
                || status == QuestionStatus.EDITED
                || status == QuestionStatus.GENERATED && trustedOpen && reviewCheck == null;
    }

    /**
     * The question, or nothing when its stored GIFT no longer reads: it was saved before a rule it breaks (an empty
     * HTML text, a limit) came in. One such question must not stop a page or an attempt, so it is logged and left out.
     */
    Optional<KeyedQuestion> readable(boolean trustedOpen) {
        try {
            return Optional.of(view(trustedOpen));
        } catch (RuntimeException e) {
            log.warn("Question {} of article {} cannot be read and is left out: {}", id, articleId, e.getMessage());
            return Optional.empty();
        }
    }

    KeyedQuestion view(boolean trustedOpen) {
        WrittenQuestion written = null;
        if (gift != null) {
            written = new WrittenQuestion.Gifted(Gift.parse(gift).questions().getFirst());
        } else if (isOwn()) {
            written = new WrittenQuestion.Ordering(
                    stem, answer.stream().map(choices::get).toList(), explanation);
        }
        AnswerFormat format = written != null
                ? written.format()
                : type == QuestionType.TIME_ORDER ? AnswerFormat.ORDERING : AnswerFormat.ONE_CHOICE;
        return new KeyedQuestion(
                id,
                articleId,
                position,
                type,
                format,
                stem,
                List.copyOf(choices),
                List.copyOf(answer),
                evidence.stream().map(EvidenceSpan::span).toList(),
                explanation,
                difficulty,
                speakerName,
                statementContent,
                status,
                reviewCheck,
                reachesStudents(trustedOpen),
                written,
                authorId,
                decidedBy);
    }
}
