package org.sourcewise.bank;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.account.AccountService;
import org.sourcewise.analysis.Span;
import org.sourcewise.article.ArticleService;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignedIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored question banks of articles, as teachers review them. Everything here shows answer keys, so only
 * staff may call it; students meet questions through practice, which reveals a key only after an answer is saved.
 * An own question belongs to its author: another teacher reads and may copy it, only the author or an admin changes
 * it. The review of generated questions is shared by all staff, each decision recorded with who made it (decision
 * 0007).
 */
@Service
@Transactional
public class QuestionBankService {

    /** Own questions come after the generated ones, whose positions a new analysis renumbers from 0. */
    static final int FIRST_OWN_POSITION = 100_000;

    private static final Logger log = LoggerFactory.getLogger(QuestionBankService.class);

    private final BankQuestionRepository questions;
    private final BankPolicyRepository policies;
    private final ArticleService articles;
    private final AccountService accounts;

    QuestionBankService(
            BankQuestionRepository questions,
            BankPolicyRepository policies,
            ArticleService articles,
            AccountService accounts) {
        this.questions = questions;
        this.policies = policies;
        this.articles = articles;
        this.accounts = accounts;
    }

    /**
     * Whether the article's generated questions that need no check reach students before a teacher accepts
     * them; questions marked "check the speaker" or "check the date" never do.
     */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public boolean trustedQuestionsOpen(long articleId) {
        return policies.trustedOpen(articleId);
    }

    /** Lets the article's generated questions that need no check reach students before an accept, or stops that. */
    @PreAuthorize(Roles.STAFF)
    public void openTrustedQuestions(long articleId, boolean open) {
        if (articles.findForAnalysis(articleId).isEmpty()) {
            throw new QuestionBankException("This article no longer exists.");
        }
        String who = SignedIn.authentication().getName();
        BankPolicy policy = policies.findById(articleId).orElseGet(() -> new BankPolicy(articleId, open, who));
        policy.change(open, who);
        policies.save(policy);
        log.info(
                "Article {}: {} let generated questions the engine is sure of reach students before an accept: {}",
                articleId,
                who,
                open);
    }

    /** The article's questions students may meet now, in bank order, for building a quiz. */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public List<KeyedQuestion> questionsStudentsMeet(long articleId) {
        return questionsOf(articleId).stream()
                .filter(KeyedQuestion::reachesStudents)
                .toList();
    }

    /**
     * Adds a teacher's own question to an article's bank. {@code evidence} is what the student is shown in the
     * article after answering: stretches of its cleaned text, which must lie inside it.
     */
    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion write(long articleId, WrittenQuestion written, List<Span> evidence) {
        checkEvidence(articleId, evidence);
        int position = FIRST_OWN_POSITION + questions.countByArticleId(articleId);
        return view(questions.save(BankQuestion.own(
                articleId, "own-" + UUID.randomUUID(), position, written, evidence, accounts.currentAccountId())));
    }

    /** Rewrites one of the signed-in teacher's own questions (any, for an admin): wording, key and evidence. */
    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion rewrite(long questionId, WrittenQuestion written, List<Span> evidence) {
        BankQuestion question = find(questionId);
        if (!question.isOwn()) {
            throw new QuestionBankException("A generated question is edited, not rewritten.");
        }
        checkMayChange(question);
        checkEvidence(question.getArticleId(), evidence);
        question.write(written, evidence);
        question.decidedBy(accounts.currentAccountId());
        return view(questions.save(question));
    }

    /** Copies an own question, another teacher's or a quiz file's, into the same article's bank as the signed-in teacher's. */
    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion copy(long questionId) {
        KeyedQuestion original = view(find(questionId));
        if (!original.own()) {
            throw new QuestionBankException(
                    "A generated question is shared by every teacher already; edit it instead.");
        }
        return write(
                original.articleId(),
                Objects.requireNonNull(original.written(), "an own question has its wording"),
                original.evidence());
    }

    /** Whether the signed-in teacher may change this question: any generated one, an own one only if theirs (any, for an admin). */
    @PreAuthorize(Roles.STAFF)
    public boolean mayChange(KeyedQuestion question) {
        return !question.own() || isAdmin() || Objects.equals(question.authorId(), accounts.currentAccountId());
    }

    private void checkMayChange(BankQuestion question) {
        if (question.isOwn() && !isAdmin() && !Objects.equals(question.getAuthorId(), accounts.currentAccountId())) {
            throw new QuestionBankException(
                    question.getAuthorId() == null
                            ? "This question comes from a quiz file or from before questions had authors: copy it to change your own version."
                            : "This question is another teacher's: copy it to change your own version.");
        }
    }

    private static boolean isAdmin() {
        return SignedIn.authentication().getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
    }

    /**
     * Where a passage a teacher copied from the article stands in its text, for a question's evidence; case,
     * spacing and the kind of quotation marks do not matter.
     */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public Span findPassage(long articleId, String passage) {
        String text = articles.findForAnalysis(articleId)
                .orElseThrow(() -> new QuestionBankException("This article no longer exists."))
                .text()
                .text();
        return Passages.find(text, passage == null ? "" : passage)
                .orElseThrow(
                        () -> new QuestionBankException(
                                "The evidence is not in the article: copy a sentence or a few words exactly as the article has them."));
    }

    private void checkEvidence(long articleId, List<Span> evidence) {
        int length = articles.findForAnalysis(articleId)
                .orElseThrow(() -> new QuestionBankException("This article no longer exists."))
                .text()
                .text()
                .length();
        if (evidence.size() > 10
                || evidence.stream()
                        .anyMatch(span -> span.start() < 0 || span.end() > length || span.start() >= span.end())) {
            throw new QuestionBankException("The evidence must be text selected in the article.");
        }
    }

    /** The article's questions in bank order, retired ones left out. */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public List<KeyedQuestion> questionsOf(long articleId) {
        return questions.findByArticleIdOrderByPositionAscIdAsc(articleId).stream()
                .filter(q -> q.getStatus() != QuestionStatus.RETIRED)
                .flatMap(q -> readable(q).stream())
                .toList();
    }

    /** The questions with these ids, in that order; ids of questions that no longer exist are left out. */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public List<KeyedQuestion> questions(List<Long> ids) {
        Map<Long, KeyedQuestion> byId = KeyedQuestions.of(questions.findAllById(ids), policies).stream()
                .collect(Collectors.toMap(KeyedQuestion::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion accept(long questionId) {
        return decide(questionId, QuestionStatus.ACCEPTED);
    }

    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion reject(long questionId) {
        return decide(questionId, QuestionStatus.REJECTED);
    }

    /**
     * Accepts, in one go, those of these questions that still wait for review (generated, undecided), and returns
     * their ids, for an undo. Questions someone decided on meanwhile, own questions and ids that no longer exist are
     * passed over, so that one of them never stops the others.
     */
    @PreAuthorize(Roles.STAFF)
    public List<Long> acceptAll(List<Long> questionIds) {
        List<Long> accepted = moveAll(questionIds, QuestionStatus.GENERATED, QuestionStatus.ACCEPTED);
        log.info("Account {} accepted {} question(s) at once", accounts.currentAccountId(), accepted.size());
        return accepted;
    }

    /** Undoes {@link #acceptAll}: those of these questions still accepted are again as generated; returns how many. */
    @PreAuthorize(Roles.STAFF)
    public int reopenAll(List<Long> questionIds) {
        return moveAll(questionIds, QuestionStatus.ACCEPTED, QuestionStatus.GENERATED)
                .size();
    }

    private List<Long> moveAll(List<Long> questionIds, QuestionStatus from, QuestionStatus to) {
        long me = accounts.currentAccountId();
        List<BankQuestion> moving = questions.findAllById(questionIds).stream()
                .filter(q -> !q.isOwn() && q.getStatus() == from)
                .toList();
        moving.forEach(q -> {
            q.moveTo(to);
            q.decidedBy(me);
        });
        questions.saveAll(moving);
        return moving.stream().map(BankQuestion::getId).toList();
    }

    /** Undoes an accept or a reject: the question is again as generated, and a new analysis may change it. */
    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion reopen(long questionId) {
        BankQuestion question = find(questionId);
        if (question.isOwn()) {
            return decide(questionId, QuestionStatus.EDITED);
        }
        if (question.getStatus() == QuestionStatus.EDITED) {
            throw new QuestionBankException("An edited question keeps its edit; edit it again to change it.");
        }
        return decide(questionId, QuestionStatus.GENERATED);
    }

    /** Rewords a question; the edit is kept when the article is analysed again. */
    @PreAuthorize(Roles.STAFF)
    public KeyedQuestion edit(long questionId, QuestionEdit edit) {
        BankQuestion question = find(questionId);
        if (question.isOwn()) {
            throw new QuestionBankException("A teacher's own question is rewritten, not edited.");
        }
        edit.checkAnswerFor(view(question).type());
        question.edit(edit);
        question.decidedBy(accounts.currentAccountId());
        return view(questions.save(question));
    }

    private KeyedQuestion decide(long questionId, QuestionStatus status) {
        BankQuestion question = find(questionId);
        checkMayChange(question);
        question.moveTo(status);
        question.decidedBy(accounts.currentAccountId());
        return view(questions.save(question));
    }

    private KeyedQuestion view(BankQuestion question) {
        return question.view(policies.trustedOpen(question.getArticleId()));
    }

    private Optional<KeyedQuestion> readable(BankQuestion question) {
        return question.readable(policies.trustedOpen(question.getArticleId()));
    }

    private BankQuestion find(long questionId) {
        BankQuestion question = questions
                .findById(questionId)
                .orElseThrow(() -> new QuestionBankException("This question no longer exists."));
        if (question.getStatus() == QuestionStatus.RETIRED) {
            throw new QuestionBankException("This question is no longer asked: the article's analysis changed.");
        }
        return question;
    }
}
