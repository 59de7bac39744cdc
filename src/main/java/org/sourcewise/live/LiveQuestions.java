package org.sourcewise.live;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A colon opening a quotation in curly marks, as explanations quote the article: {@code says: “...”}. */
    private static final Pattern OPENING = Pattern.compile(":\\s*“");

    /** The end of a sentence, after which a quotation's introduction begins. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?”]\\s+");

    /** Introductions that say nothing once their quotation is gone. */
    private static final List<String> BARE = List.of("the article says", "in the article");

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
            if (q == null || q.awaitsReview()) {
                continue;
            }
            Optional<LiveChoices> choices = LiveChoices.of(q, random);
            if (choices.isPresent()) {
                String text = texts.computeIfAbsent(
                        q.articleId(),
                        id -> articles.findForReading(id)
                                .map(ArticleReading::paragraphs)
                                .map(p -> String.join("\n\n", p))
                                .orElse(""));
                String evidence = evidence(text, q.evidence());
                played.add(new PlayedQuestion(
                        position,
                        q.stem(),
                        choices.get().shown(),
                        choices.get().right(),
                        choices.get().stored(),
                        evidence,
                        beside(choices.get().explanation(), evidence)));
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

    /**
     * The explanation as shown under the evidence: a quotation of the evidence in it (“The article says: ‘...’”, as
     * generated explanations begin) is left out, so that the room reads the article's words once; what the explanation
     * adds stays.
     */
    static String beside(String explanation, String evidence) {
        String shown = comparable(evidence);
        if (shown.isEmpty()) {
            return explanation;
        }
        StringBuilder kept = new StringBuilder();
        int from = 0;
        Matcher opening = OPENING.matcher(explanation);
        int search = 0;
        while (opening.find(search)) {
            search = opening.end();
            // The evidence may hold quotation marks of its own: the quotation ends at the last mark that keeps it a
            // part of the evidence.
            int close = -1;
            for (int mark = explanation.indexOf('”', search); mark >= 0; mark = explanation.indexOf('”', mark + 1)) {
                String quoted = comparable(explanation.substring(search, mark));
                if (!quoted.isEmpty() && shown.contains(quoted)) {
                    close = mark;
                }
            }
            if (close < 0) {
                continue;
            }
            String before = explanation.substring(from, opening.start());
            int introduction = 0;
            Matcher end = SENTENCE_END.matcher(before);
            while (end.find()) {
                introduction = end.end();
            }
            kept.append(before, 0, introduction);
            String intro = before.substring(introduction).strip();
            if (!BARE.contains(intro.toLowerCase(Locale.ROOT))) {
                kept.append(intro).append(". ");
            }
            from = close + 1 < explanation.length() && explanation.charAt(close + 1) == '.' ? close + 2 : close + 1;
            search = from;
        }
        kept.append(explanation.substring(from));
        return kept.toString().replaceAll("\\s+", " ").strip();
    }

    /** Text as compared for a quotation: no quotation marks or ellipses, spaces collapsed, lower case. */
    private static String comparable(String text) {
        return text.replaceAll("[\"“”‘’…]", " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
