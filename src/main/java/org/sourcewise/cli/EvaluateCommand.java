package org.sourcewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.sourcewise.evaluation.Report;
import org.sourcewise.evaluation.Scorer;

/**
 * {@code evaluate --gold GOLD.json [--baseline RUN.json] [--save RUN.json] [--parses DIR] [--metadata META.json]
 * FILE...}: runs the engine on the files and prints the figures score_attributions.py prints (detection,
 * speaker, attribution, dates by source, date precision), per article, per rule and by confidence; against a
 * saved run, statement by statement, what became right and what became wrong. {@code --save} writes this run
 * (the JSON {@code extract} prints) to be the next baseline.
 */
final class EvaluateCommand implements Commands.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args);
        String gold = options.take("--gold");
        String baseline = options.take("--baseline");
        String save = options.take("--save");
        ArticleFiles files = ArticleFiles.fromArgs(options.rest(), Set.of());
        if (gold == null || files.entries().isEmpty()) {
            err.println("usage: evaluate --gold GOLD.json [--baseline RUN.json] [--save RUN.json] [--parses DIR] "
                    + "[--metadata META.json] FILE...");
            return 2;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode run = ArticleFiles.asRun(json, files.analyse(files.extractor(), err));
        if (save != null) {
            Files.writeString(Path.of(save), json.writeValueAsString(run));
        }
        JsonNode goldRoot = json.readTree(Path.of(gold).toFile());
        Scorer.Figures figures = Scorer.score(goldRoot, run);
        Scorer.Figures before = baseline == null
                ? null
                : Scorer.score(goldRoot, json.readTree(Path.of(baseline).toFile()));
        out.print(Report.of(figures, before));
        return run.withArray("articles").size() == files.entries().size() ? 0 : 1;
    }
}
