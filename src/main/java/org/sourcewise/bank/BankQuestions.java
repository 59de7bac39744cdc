package org.sourcewise.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.analysis.Span;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.QuestionKind;
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
    private final BankPolicyRepository policies;

    BankQuestions(BankQuestionRepository questions, BankPolicyRepository policies) {
        this.questions = questions;
        this.policies = policies;
    }

    /** The article's questions students may meet, in bank order. */
    public List<KeyedQuestion> askable(long articleId) {
        boolean trustedOpen = policies.trustedOpen(articleId);
        return questions.findByArticleIdOrderByPositionAscIdAsc(articleId).stream()
                .filter(q -> q.reachesStudents(trustedOpen))
                .flatMap(q -> q.readable(trustedOpen).stream())
                .toList();
    }

    /**
     * Of a quiz's questions, in its order, those a student may meet in a new attempt: every one but those awaiting a
     * teacher's review ({@link KeyedQuestion#awaitsReview}). A question a teacher rejected after it went into the
     * quiz stays (decision 0007), and one that no longer exists stays, for the attempt to pass it.
     */
    public List<Long> meetable(List<Long> quizQuestionIds) {
        Map<Long, KeyedQuestion> found = byId(quizQuestionIds);
        return quizQuestionIds.stream()
                .filter(id -> found.get(id) == null || !found.get(id).awaitsReview())
                .toList();
    }

    /**
     * Stores the questions of one file of quizzes/ about one article, in file order, and returns their ids. A
     * question the file held at the last start keeps its id (attempts point at it); one it no longer holds is
     * retired. The evidence is whatever the feedback quotes from the article.
     */
    @Transactional
    public List<Long> storeFromFile(String file, long articleId, String articleText, List<GiftQuestion> loaded) {
        String prefix = "file-" + OriginKeys.digest(file).substring(0, 8) + "-";
        Map<String, BankQuestion> before = questions.findByArticleIdOrderByPositionAscIdAsc(articleId).stream()
                .filter(q -> q.getOriginKey().startsWith(prefix))
                .collect(Collectors.toMap(BankQuestion::getOriginKey, Function.identity()));
        int position = QuestionBankService.FIRST_OWN_POSITION + questions.countByArticleId(articleId);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            WrittenQuestion.Gifted written = new WrittenQuestion.Gifted(loaded.get(i));
            String key =
                    prefix + OriginKeys.digest(i + "\n" + written.giftText()).substring(0, 50);
            List<Span> evidence = Passages.quotedIn(articleText, feedbackOf(loaded.get(i)), 3);
            BankQuestion question = before.remove(key);
            if (question == null) {
                question = BankQuestion.own(articleId, key, position++, written, evidence, null);
            } else {
                question.write(written, evidence);
            }
            ids.add(questions.save(question).getId());
        }
        before.values().forEach(stale -> stale.moveTo(QuestionStatus.RETIRED));
        return ids;
    }

    private static String feedbackOf(GiftQuestion question) {
        StringBuilder all = new StringBuilder(question.generalFeedback().orElse(""));
        switch (question.kind()) {
            case QuestionKind.MultipleChoice kind ->
                kind.choices().forEach(c -> all.append(' ').append(c.feedback().orElse("")));
            case QuestionKind.MultipleAnswers kind ->
                kind.choices().forEach(c -> all.append(' ').append(c.feedback().orElse("")));
            case QuestionKind.ShortAnswer kind ->
                kind.answers().forEach(c -> all.append(' ').append(c.feedback().orElse("")));
            case QuestionKind.TrueFalse kind ->
                all.append(' ').append(kind.feedbackWhenRight().orElse(""));
            default -> {}
        }
        return all.toString();
    }

    /**
     * The questions with these ids, whatever their status: an attempt started earlier still shows them. A question
     * that no longer reads is missing from the map, as if it did not exist.
     */
    public Map<Long, KeyedQuestion> byId(Collection<Long> ids) {
        return KeyedQuestions.of(questions.findAllById(ids), policies).stream()
                .collect(Collectors.toMap(KeyedQuestion::id, Function.identity()));
    }
}
