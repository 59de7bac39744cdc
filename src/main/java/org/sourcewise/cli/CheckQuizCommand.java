package org.sourcewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.sourcewise.quiz.gift.Gift;
import org.sourcewise.quiz.gift.GiftError;
import org.sourcewise.quiz.gift.GiftQuiz;
import org.sourcewise.quiz.gift.GiftSyntaxException;

/**
 * {@code check-quiz FILE...}: checks GIFT quiz files. Each mistake is printed as {@code FILE:LINE:COLUMN: message},
 * the form editors and CI logs link to the place in the file; a good file prints its number of questions.
 * Exits 1 when any file has a mistake or cannot be read, 2 when given no files.
 */
final class CheckQuizCommand implements Commands.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].startsWith("-")) {
            err.println("usage: check-quiz FILE...");
            return 2;
        }
        boolean allGood = true;
        for (String file : args) {
            allGood &= check(file, out, err);
        }
        return allGood ? 0 : 1;
    }

    private static boolean check(String file, PrintStream out, PrintStream err) {
        String text;
        try {
            text = TextFiles.read(Path.of(file));
        } catch (IOException e) {
            err.println(file + ": " + TextFiles.problem(e));
            return false;
        }
        try {
            GiftQuiz quiz = Gift.parse(text);
            int count = quiz.questions().size();
            out.println(file + ": " + count + (count == 1 ? " question" : " questions"));
            return true;
        } catch (GiftSyntaxException e) {
            for (GiftError error : e.errors()) {
                out.println(file + ":" + error.line() + ":" + error.column() + ": " + error.message());
            }
            return false;
        }
    }
}
