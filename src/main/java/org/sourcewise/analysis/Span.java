package org.sourcewise.analysis;

/** A stretch of an article's text, as character offsets into {@link ArticleText#text()}: start inclusive, end exclusive. */
public record Span(int start, int end) {}
