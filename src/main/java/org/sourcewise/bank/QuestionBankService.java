package org.sourcewise.bank;

import java.util.List;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored question banks of articles, as teachers review them. Everything here shows answer keys, so only
 * staff may call it; students meet questions through practice, which reveals a key only after an answer is saved.
 */
@Service
@Transactional
public class QuestionBankService {

    private final BankQuestionRepository questions;

    QuestionBankService(BankQuestionRepository questions) {
        this.questions = questions;
    }

    /** The article's questions in bank order, retired ones left out. */
    @PreAuthorize(Roles.STAFF)
    @Transactional(readOnly = true)
    public List<BankQuestionView> questionsOf(long articleId) {
        return questions.findByArticleIdOrderByPositionAscIdAsc(articleId).stream()
                .filter(q -> q.getStatus() != QuestionStatus.RETIRED).map(BankQuestion::view).toList();
    }

    @PreAuthorize(Roles.STAFF)
    public BankQuestionView accept(long questionId) {
        return decide(questionId, QuestionStatus.ACCEPTED);
    }

    @PreAuthorize(Roles.STAFF)
    public BankQuestionView reject(long questionId) {
        return decide(questionId, QuestionStatus.REJECTED);
    }

    /** Undoes an accept or a reject: the question is again as generated, and a new analysis may change it. */
    @PreAuthorize(Roles.STAFF)
    public BankQuestionView reopen(long questionId) {
        BankQuestion question = find(questionId);
        if (question.getStatus() == QuestionStatus.EDITED) {
            throw new QuestionBankException("An edited question keeps its edit; edit it again to change it.");
        }
        return decide(questionId, QuestionStatus.GENERATED);
    }

    /** Rewords a question; the edit is kept when the article is analysed again. */
    @PreAuthorize(Roles.STAFF)
    public BankQuestionView edit(long questionId, QuestionEdit edit) {
        BankQuestion question = find(questionId);
        edit.checkAnswerFor(question.view().type());
        question.edit(edit);
        return questions.save(question).view();
    }

    private BankQuestionView decide(long questionId, QuestionStatus status) {
        BankQuestion question = find(questionId);
        question.moveTo(status);
        return questions.save(question).view();
    }

    private BankQuestion find(long questionId) {
        BankQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new QuestionBankException("This question no longer exists."));
        if (question.getStatus() == QuestionStatus.RETIRED) {
            throw new QuestionBankException("This question is no longer asked: the article's analysis changed.");
        }
        return question;
    }
}
