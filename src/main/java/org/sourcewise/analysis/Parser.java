package org.sourcewise.analysis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The linguistic layer: text in, parsed sentences out. An interface so rules can be tested on hand-made parses. */
interface Parser {

    ParsedText parse(String text, @Nullable LocalDate published);
}
