package org.sourcewise.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.DatedEvent;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Statement;

/** An engine run as JSON: the shape score_attributions.py reads ({@code extract}'s output), with more fields. */
public final class Runs {

    private Runs() {}

    public static ObjectNode article(
            ObjectMapper json,
            String file,
            @Nullable String title,
            @Nullable LocalDate published,
            ExtractionResult result) {
        ObjectNode article = json.createObjectNode();
        article.put("file", file);
        article.put("title", title);
        article.put("published", published == null ? null : published.toString());
        ArrayNode attributions = article.putArray("attributions");
        for (Statement statement : result.statements()) {
            ObjectNode node = attributions.addObject();
            node.put("speaker", statement.speaker().name());
            node.put("role", statement.speaker().role());
            node.put("source_kind", statement.speaker().kind().name().toLowerCase(Locale.ROOT));
            node.put("content", statement.content());
            node.put("kind", statement.kind().name().toLowerCase(Locale.ROOT));
            node.put(
                    "said_on",
                    statement.saidOn() == null ? null : statement.saidOn().toString());
            node.put("cue", statement.cue());
            node.putArray("content_span")
                    .add(statement.contentSpan().start())
                    .add(statement.contentSpan().end());
            node.putArray("evidence")
                    .add(statement.evidence().start())
                    .add(statement.evidence().end());
            node.put("found_by", statement.provenance().foundBy());
            node.put("speaker_by", statement.provenance().speakerBy());
            node.put("date_by", statement.provenance().dateBy());
            node.putObject("confidence")
                    .put("speaker", statement.provenance().speakerConfidence())
                    .put("date", statement.provenance().dateConfidence());
        }
        ArrayNode events = article.putArray("events");
        for (DatedEvent event : result.events()) {
            events.addObject().put("date", event.date().toString()).put("description", event.description());
        }
        return article;
    }
}
