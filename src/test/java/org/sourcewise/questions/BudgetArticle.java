package org.sourcewise.questions;

import java.time.LocalDate;
import java.util.List;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.cleaning.ArticleText;

/** A hand-made article and the engine output for it: six sources of four kinds, one dated statement. */
public final class BudgetArticle {

    public static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);
    public static final String TEXT = String.join(
            " ",
            "Prime Minister Justin Trudeau said on Tuesday that the government would appeal the ruling.",
            "“We will not back down on pipelines,” said Alberta Premier Rachel Notley.",
            "Conservative Leader Andrew Scheer said the budget was a betrayal of taxpayers.",
            "A senior official said the talks had stalled over the weekend.",
            "The Globe and Mail reported that the deal was worth two billion dollars.",
            "Finance Minister Bill Morneau said the deficit would shrink next year.");
    public static final ArticleText ARTICLE = ArticleText.fromEditedText(TEXT);

    public static Statement statement(
            String name, SourceKind kind, String content, StatementKind how, LocalDate saidOn) {
        int start = TEXT.indexOf(content);
        int previousEnd = TEXT.lastIndexOf(". ", start);
        int sentenceStart = previousEnd < 0 ? 0 : previousEnd + 2;
        int sentenceEnd = TEXT.indexOf('.', start + content.length()) + 1;
        return new Statement(
                new Speaker(name, null, kind),
                content,
                how,
                saidOn,
                new Span(start, start + content.length()),
                new Span(sentenceStart, sentenceEnd),
                "said");
    }

    public static final ExtractionResult RESULT = new ExtractionResult(
            List.of(
                    statement(
                            "Justin Trudeau",
                            SourceKind.PERSON,
                            "the government would appeal the ruling",
                            StatementKind.INDIRECT,
                            LocalDate.of(2019, 3, 12)),
                    statement(
                            "Rachel Notley",
                            SourceKind.PERSON,
                            "We will not back down on pipelines",
                            StatementKind.DIRECT,
                            null),
                    statement(
                            "Andrew Scheer",
                            SourceKind.PERSON,
                            "the budget was a betrayal of taxpayers",
                            StatementKind.INDIRECT,
                            null),
                    statement(
                            "senior official",
                            SourceKind.ANONYMOUS,
                            "the talks had stalled over the weekend",
                            StatementKind.INDIRECT,
                            null),
                    statement(
                            "The Globe and Mail",
                            SourceKind.PUBLICATION,
                            "the deal was worth two billion dollars",
                            StatementKind.INDIRECT,
                            null),
                    statement(
                            "Bill Morneau",
                            SourceKind.PERSON,
                            "the deficit would shrink next year",
                            StatementKind.INDIRECT,
                            null)),
            List.of());

    private BudgetArticle() {}

    /** The same findings without what the named speakers said, as a later analysis of an edited text might give. */
    public static ExtractionResult without(String... speakers) {
        List<String> dropped = List.of(speakers);
        return new ExtractionResult(
                RESULT.statements().stream()
                        .filter(s -> !dropped.contains(s.speaker().name()))
                        .toList(),
                List.of());
    }
}
