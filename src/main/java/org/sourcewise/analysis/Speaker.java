package org.sourcewise.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Who made a statement: the full name the article uses (or, for unnamed sources and organisations, how the
 * article describes them), the role the article gives them if any, and the kind of source.
 */
public record Speaker(String name, @Nullable String role, SourceKind kind) {}
