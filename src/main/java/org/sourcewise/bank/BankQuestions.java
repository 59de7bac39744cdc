package org.sourcewise.bank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions with their keys for the features that mark answers (quizzes, practice). Not a service: no view may
 * call it (ArchitectureTest), so a key reaches a student only through a feature that reveals it after the answer.
 */
@Component
@Transactional(readOnly = true)
public class BankQuestions {

    private final BankQuestionRepository questions;

    BankQuestions(BankQuestionRepository questions) {
        this.questions = questions;
    }

    /** The article's questions students may meet, in bank order. */
    public List<BankQuestionView> askable(long articleId) {
        return questions.findByArticleIdOrderByPositionAscIdAsc(articleId).stream()
                .filter(q -> q.getStatus().askable()).map(BankQuestion::view).toList();
    }

    /** The questions with these ids, whatever their status: an attempt started earlier still shows them. */
    public Map<Long, BankQuestionView> byId(Collection<Long> ids) {
        return questions.findAllById(ids).stream().map(BankQuestion::view)
                .collect(Collectors.toMap(BankQuestionView::id, Function.identity()));
    }
}
