package org.sourcewise.live;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcewise.analysis.Span;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.springframework.stereotype.Component;

/**
 * Turns a quiz's questions into what a live session plays: only those with choices and one right answer, generated
 * or a teacher's own (see {@link LiveChoices}), each with its choices shuffled once and its evidence in words.
 */
@Component
class LiveQuestions {

    private final BankQuestions bank;
    private final ArticleService articles;
    private final SecureRandom random = new SecureRandom();

    LiveQuestions(BankQuestions bank, ArticleService articles) {
        this.bank = bank;
        this.articles = articles;
    }

    /** The playable ones of these questions, in the quiz's order, each remembering its place in the quiz. */
    List<PlayedQuestion> playable(List<Long> questionIds) {
        Map<Long, KeyedQuestion> questions = bank.byId(questionIds);
        Map<Long, String> texts = new HashMap<>();
        List<PlayedQuestion> played = new ArrayList<>();
        for (int position = 0; position < questionIds.size(); position++) {
            KeyedQuestion q = questions.get(questionIds.get(position));
            Optional<LiveChoices> choices =
                    q == null || q.awaitsReview() ? Optional.empty() : LiveChoices.of(q, random);
            if (choices.isPresent()) {
                String text = texts.computeIfAbsent(
                        q.articleId(),
                        id -> articles.findForReading(id)
                                .map(ArticleReading::paragraphs)
                                .map(p -> String.join("\n\n", p))
                                .orElse(""));
                played.add(new PlayedQuestion(
                        position,
                        q.stem(),
                        choices.get().shown(),
                        choices.get().right(),
                        choices.get().stored(),
                        evidence(text, q.evidence()),
                        choices.get().explanation()));
            }
        }
        return played;
    }

    /** The article's words under the evidence spans (paragraphs joined as the reading view joins them). */
    static String evidence(String text, List<Span> spans) {
        return spans.stream()
                .filter(s -> s.start() >= 0 && s.start() < s.end() && s.end() <= text.length())
                .map(s -> text.substring(s.start(), s.end()).strip())
                .collect(Collectors.joining(" … "));
    }
}
