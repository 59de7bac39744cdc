package org.sourcewise.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.StatementExtractor;
import org.sourcewise.cleaning.ArticleText;

/**
 * {@code record-parses --out DIR [--metadata META.json] FILE...}: parses each article with CoreNLP (every
 * sentence) and saves the parse in DIR, so that {@code --parses DIR} and the rule tests run without models.
 * Run it again when CoreNLP, its settings, the sentence repairs or the cleaning change.
 * {@code record-parses --out DIR --fixtures FILE}: records each text of a rule-fixture file verbatim (no
 * cleaning): texts separated by lines {@code === YYYY-MM-DD} (the publication date) or {@code === -} (none).
 */
final class RecordParsesCommand implements Commands.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args);
        String folder = options.take("--out");
        String fixtures = options.take("--fixtures");
        if (folder != null && fixtures != null) {
            List<Fixture> texts = Fixture.read(Path.of(fixtures));
            StatementExtractor recorder = StatementExtractor.recordingParsesTo(Path.of(folder));
            texts.forEach(fixture -> recorder.extract(new ArticleText(fixture.text()), fixture.published()));
            out.println("recorded " + texts.size() + " fixtures in " + folder);
            return 0;
        }
        ArticleFiles files = ArticleFiles.fromArgs(options.rest(), Set.of());
        if (folder == null || files.entries().isEmpty()) {
            err.println("usage: record-parses --out DIR [--metadata META.json] FILE... | --out DIR --fixtures FILE");
            return 2;
        }
        int recorded = files.analyse(StatementExtractor.recordingParsesTo(Path.of(folder)), err)
                .size();
        out.println("recorded " + recorded + " of " + files.entries().size() + " articles in " + folder);
        return recorded == files.entries().size() ? 0 : 1;
    }

    /** One text of a fixture file, as a rule test passes it to the engine. */
    record Fixture(String text, @Nullable LocalDate published) {

        static List<Fixture> read(Path file) throws java.io.IOException {
            List<Fixture> fixtures = new ArrayList<>();
            LocalDate published = null;
            StringBuilder text = null;
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("=== ")) {
                    if (text != null) {
                        fixtures.add(new Fixture(text.toString().strip(), published));
                    }
                    String date = line.substring(4).strip();
                    published = date.equals("-") ? null : LocalDate.parse(date);
                    text = new StringBuilder();
                } else if (text != null) {
                    text.append(line).append('\n');
                }
            }
            if (text != null) {
                fixtures.add(new Fixture(text.toString().strip(), published));
            }
            return fixtures;
        }
    }
}
