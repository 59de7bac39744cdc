package org.sourcewise.statement;

import org.sourcewise.analysis.Span;

/** A teacher's selection, trimmed to its words: where they stand in the article's cleaned text and what they say. */
public record SelectedStatement(Span words, String content) {}
