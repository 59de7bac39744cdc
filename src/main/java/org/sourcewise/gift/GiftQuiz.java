package org.sourcewise.gift;

import java.util.List;
import java.util.Optional;

/**
 * A GIFT file: the {@code //} comment lines before its first question (without the slashes) and its questions.
 * Header comments carry structured facts such as {@code // article: seeds/003_c69a83af02cbb3b2.txt}.
 */
public record GiftQuiz(List<String> headerComments, List<GiftQuestion> questions) {

    public GiftQuiz {
        headerComments = headerComments.stream()
                .map(comment -> Require.oneLine(comment, "a header comment"))
                .toList();
        questions = List.copyOf(questions);
        // GIFT can change category but never leave one, so once a question has a category the rest need one too.
        boolean categorised = false;
        for (GiftQuestion question : questions) {
            if (categorised && question.category().isEmpty()) {
                throw new IllegalArgumentException("a question without a category cannot follow one with a category");
            }
            categorised = question.category().isPresent();
        }
    }

    /** The value of the first header comment of the form {@code key: value}, the key matched ignoring case. */
    public Optional<String> headerValue(String key) {
        String prefix = key + ":";
        return headerComments.stream()
                .filter(comment -> comment.regionMatches(true, 0, prefix, 0, prefix.length()))
                .map(comment -> comment.substring(prefix.length()).strip())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    /** The article the quiz is about, from {@code // article: seeds/003_c69a83af02cbb3b2.txt}, a path relative to the app's folder. */
    public Optional<String> article() {
        return headerValue("article");
    }

    /** The quiz's own title, from {@code // title: ...}; each question's {@code ::title::} is separate. */
    public Optional<String> title() {
        return headerValue("title");
    }
}
