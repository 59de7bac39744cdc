package org.sourcewise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcewise.article.SeedCatalog;
import org.sourcewise.quiz.QuizFileCheck;
import org.sourcewise.quiz.QuizFileRules;

/**
 * {@code check-quiz [--seeds LOCATION] FILE...}: checks quiz files by the rules the quiz folder loads them by
 * (QuizFileRules), the article a file names looked up among the seeds the app loads (those packaged in the jar, or
 * {@code --seeds}, given as {@code sourcewise.seeds.location} is). Each mistake is printed as
 * {@code FILE:LINE:COLUMN: message}, the form editors and CI logs link to; a good file prints its number of
 * questions and any question the folder would leave out. Exits 1 when any file would not load, 2 on wrong usage.
 */
final class CheckQuizCommand implements Commands.Command {

    private static final String DEFAULT_SEEDS = "classpath:seeds/";
    private static final String USAGE = "usage: check-quiz [--seeds LOCATION] FILE...";

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String seedsLocation = DEFAULT_SEEDS;
        List<String> files = Arrays.asList(args);
        if (!files.isEmpty() && files.getFirst().equals("--seeds")) {
            if (files.size() < 2) {
                err.println(USAGE);
                return 2;
            }
            seedsLocation = files.get(1);
            files = files.subList(2, files.size());
        }
        if (files.isEmpty() || files.getFirst().startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        Set<String> seeds;
        try {
            seeds = SeedCatalog.fileNames(seedsLocation);
        } catch (IOException e) {
            err.println(seedsLocation + ": the seed articles could not be read (" + e.getMessage() + ")");
            return 2;
        }
        boolean allGood = true;
        for (String file : files) {
            allGood &= check(file, seeds, out, err);
        }
        return allGood ? 0 : 1;
    }

    private static boolean check(String file, Set<String> seeds, PrintStream out, PrintStream err) {
        QuizFileCheck<String> check;
        try (InputStream in = TextFiles.open(Path.of(file))) {
            check = QuizFileRules.check(file, in, name -> Optional.of(name).filter(seeds::contains));
        } catch (IOException e) {
            err.println(file + ": " + TextFiles.problem(e));
            return false;
        }
        check.contents().ifPresent(contents -> {
            int count = contents.questions().size();
            out.println(file + ": " + count + (count == 1 ? " question" : " questions"));
        });
        check.problems().forEach(out::println);
        return check.loads();
    }
}
