package org.sourcewise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code extract [--metadata META.json] FILE...}: prints who said what, and when, for each article file as
 * JSON on standard output (the shape score_attributions.py reads, with more fields). Files are web copies;
 * the metadata gives each file's title and publication date, without which no dates are resolved;
 * {@code --parses DIR} reads recorded parses instead of loading the language models.
 */
final class ExtractCommand implements Commands.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        ArticleFiles files = ArticleFiles.fromArgs(args, Set.of());
        if (files.entries().isEmpty()) {
            err.println("usage: extract [--metadata META.json] [--parses DIR] FILE...");
            return 2;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<ArticleFiles.Analysed> analysed = files.analyse(files.extractor(), err);
        ObjectNode root = ArticleFiles.asRun(json, analysed);
        out.println(json.writeValueAsString(root));
        return analysed.size() == files.entries().size() ? 0 : 1;
    }
}
