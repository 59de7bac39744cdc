package org.sourcewise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcewise.analysis.DatedEvent;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementExtractor;

/**
 * {@code extract [--metadata META.json] FILE...}: prints who said what, and when, for each article file as
 * JSON on standard output (the shape score_attributions.py reads, with more fields). Files are web copies;
 * the metadata gives each file's title and publication date, without which no dates are resolved.
 */
final class ExtractCommand implements Commands.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        ArticleFiles files = ArticleFiles.fromArgs(args, Set.of());
        if (files.entries().isEmpty()) {
            err.println("usage: extract [--metadata META.json] FILE...");
            return 2;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        List<ArticleFiles.Analysed> analysed = files.analyse(StatementExtractor.withCoreNlp(), err);
        for (ArticleFiles.Analysed article : analysed) {
            articles.add(article(json, article.file(), article.result()));
        }
        out.println(json.writeValueAsString(root));
        return analysed.size() == files.entries().size() ? 0 : 1;
    }

    private static ObjectNode article(ObjectMapper json, ArticleFiles.Entry file, ExtractionResult result) {
        ObjectNode article = json.createObjectNode();
        article.put("file", file.name());
        article.put("title", file.title());
        article.put("published", file.published() == null ? null : file.published().toString());
        ArrayNode attributions = article.putArray("attributions");
        for (Statement statement : result.statements()) {
            ObjectNode node = attributions.addObject();
            node.put("speaker", statement.speaker().name());
            node.put("role", statement.speaker().role());
            node.put("source_kind", statement.speaker().kind().name().toLowerCase(Locale.ROOT));
            node.put("content", statement.content());
            node.put("kind", statement.kind().name().toLowerCase(Locale.ROOT));
            node.put("said_on", statement.saidOn() == null ? null : statement.saidOn().toString());
            node.put("cue", statement.cue());
            node.putArray("content_span").add(statement.contentSpan().start()).add(statement.contentSpan().end());
            node.putArray("evidence").add(statement.evidence().start()).add(statement.evidence().end());
        }
        ArrayNode events = article.putArray("events");
        for (DatedEvent event : result.events()) {
            events.addObject().put("date", event.date().toString()).put("description", event.description());
        }
        return article;
    }
}
