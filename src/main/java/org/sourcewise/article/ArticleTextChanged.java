package org.sourcewise.article;

/** Published after an article was added or its text changed: what was found in the old text is stale. */
public record ArticleTextChanged(long articleId) {}
