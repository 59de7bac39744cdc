package org.sourcewise.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The command-line tools inside sourcewise.jar; each runs without the web server. */
public final class Commands {

    /** A command reads its arguments (after its own name) and returns the process exit code. */
    interface Command {
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "extract", new ExtractCommand(),
            "questions", new QuestionsCommand(),
            "benchmark-extract", new BenchmarkExtractCommand(),
            "check-quiz", new CheckQuizCommand(),
            "evaluate", new EvaluateCommand(),
            "record-parses", new RecordParsesCommand()));

    private Commands() {}

    public static boolean isCommand(String name) {
        return COMMANDS.containsKey(name);
    }

    public static int run(String[] args) {
        Command command = COMMANDS.get(args[0]);
        // Libraries log to standard output; a command's output there must stay clean, so logs go to stderr.
        PrintStream out = System.out;
        System.setOut(System.err);
        try {
            return Objects.requireNonNull(command, "only a known command runs")
                    .run(Arrays.copyOfRange(args, 1, args.length), out, System.err);
        } catch (Exception e) {
            System.err.println(args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
