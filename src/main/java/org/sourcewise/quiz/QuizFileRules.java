package org.sourcewise.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sourcewise.cleaning.TextBytes;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.GiftError;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.GiftQuiz;
import org.sourcewise.gift.GiftSyntaxException;
import org.sourcewise.gift.QuestionKind;

/**
 * What a file of the quiz folder must be to load: UTF-8 GIFT with no mistake and within the parser's limits, naming
 * in its header a seed article that exists, with at least one question students can answer here. The loader at start
 * and check-quiz both ask here, so that a file check-quiz passes loads and one it refuses is refused in the same words.
 * Essays and descriptions are left out with a note; they do not refuse the file.
 */
public final class QuizFileRules {

    private QuizFileRules() {}

    /**
     * Checks one file.
     *
     * @param name  how messages name the file; each message starts with it
     * @param seeds the seed article of a file name, when there is one of that name
     * @throws IOException when the file cannot be read
     */
    public static <A> QuizFileCheck<A> check(String name, InputStream file, Function<String, Optional<A>> seeds)
            throws IOException {
        // Read no further than one byte past what the parser accepts, so a huge file is refused, not held in memory.
        byte[] bytes = file.readNBytes(Gift.MAX_FILE_BYTES + 1);
        GiftQuiz quiz;
        try {
            // Past the limit the bytes read stop mid-file, so only the parser's size refusal can be said of them.
            quiz = bytes.length > Gift.MAX_FILE_BYTES ? Gift.parse(bytes) : Gift.parse(TextBytes.text(bytes));
        } catch (TextBytes.NotText e) {
            return QuizFileCheck.refused(List.of(name + ":1:1: the file cannot be read: " + e.getMessage()));
        } catch (GiftSyntaxException e) {
            return QuizFileCheck.refused(
                    e.errors().stream().map(error -> at(name, error)).toList());
        }
        Optional<String> articleFile = quiz.article().map(path -> path.substring(path.lastIndexOf('/') + 1));
        if (articleFile.isEmpty()) {
            return QuizFileCheck.refused(List.of(name + ":1:1: the file must name its article in a first comment"
                    + " such as // article: seeds/003_c69a83af02cbb3b2.txt"));
        }
        Optional<A> article = seeds.apply(articleFile.get());
        if (article.isEmpty()) {
            return QuizFileCheck.refused(List.of(name + ":1:1: no seed article is called " + articleFile.get()));
        }
        List<String> notes = new ArrayList<>();
        List<GiftQuestion> askable = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuestionKind kind = quiz.questions().get(i).kind();
            if (kind instanceof QuestionKind.Essay || kind instanceof QuestionKind.Description) {
                notes.add(name + ": question " + (i + 1) + " was left out: "
                        + (kind instanceof QuestionKind.Essay
                                ? "essays need a teacher to mark them"
                                : "a description asks nothing"));
            } else {
                askable.add(quiz.questions().get(i));
            }
        }
        if (askable.isEmpty()) {
            notes.add(name + ": the file has no question students can answer here");
            return QuizFileCheck.refused(notes);
        }
        return new QuizFileCheck<>(
                notes,
                Optional.of(
                        new QuizFileCheck.Contents<>(article.get(), quiz.title().orElse(name), askable)));
    }

    private static String at(String name, GiftError error) {
        return name + ":" + error.line() + ":" + error.column() + ": " + error.message();
    }
}
