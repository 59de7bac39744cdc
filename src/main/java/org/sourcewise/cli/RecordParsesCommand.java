package org.sourcewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.sourcewise.analysis.StatementExtractor;

/**
 * {@code record-parses --out DIR [--metadata META.json] FILE...}: parses each article with CoreNLP (every
 * sentence) and saves the parse in DIR, so that {@code --parses DIR} and the rule tests run without models.
 * Run it again when CoreNLP, its settings, the sentence repairs or the cleaning change.
 */
final class RecordParsesCommand implements Commands.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args);
        String folder = options.take("--out");
        ArticleFiles files = ArticleFiles.fromArgs(options.rest(), Set.of());
        if (folder == null || files.entries().isEmpty()) {
            err.println("usage: record-parses --out DIR [--metadata META.json] FILE...");
            return 2;
        }
        int recorded = files.analyse(StatementExtractor.recordingParsesTo(Path.of(folder)), err).size();
        out.println("recorded " + recorded + " of " + files.entries().size() + " articles in " + folder);
        return recorded == files.entries().size() ? 0 : 1;
    }
}
