package org.sourcewise.bank;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.questions.Question;
import org.sourcewise.questions.QuestionGenerator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an article's stored bank in step with its latest analysis. Not a service: only the analysis queue calls
 * it, on its own thread, inside the transaction that stores the findings, so findings and questions change together.
 */
@Component
public class QuestionBankWriter {

    private final BankQuestionRepository questions;

    QuestionBankWriter(BankQuestionRepository questions) {
        this.questions = questions;
    }

    /**
     * Generates the article's questions and stores them: a question asked before keeps its id (attempts point at
     * it) and, when a teacher accepted, edited or rejected it, the teacher's version; a question no longer asked
     * is retired unless a teacher decided on it.
     *
     * @param library what other articles said, for wrong answers when this article has too few of its own
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void regenerate(
            long articleId,
            ArticleText text,
            @Nullable LocalDate published,
            ExtractionResult result,
            List<ExtractionResult> library) {
        // The article's id as the seed: the same article always gets the same bank, another article another shuffle.
        List<Question> generated = new QuestionGenerator(articleId).generate(text, published, result, library);
        Map<String, BankQuestion> before =
                new HashMap<>(questions.findByArticleIdOrderByPositionAscIdAsc(articleId).stream()
                        .collect(Collectors.toMap(BankQuestion::getOriginKey, Function.identity())));
        List<String> keys = OriginKeys.of(generated);
        for (int i = 0; i < generated.size(); i++) {
            BankQuestion question = before.remove(keys.get(i));
            if (question == null) {
                question = new BankQuestion(articleId, keys.get(i));
            }
            question.regenerate(i, generated.get(i));
            questions.save(question);
        }
        before.values().forEach(BankQuestion::retire);
    }
}
