package org.sourcewise.analysis;

import java.time.LocalDate;

/** The linguistic layer: text in, parsed sentences out. An interface so rules can be tested on hand-made parses. */
interface Parser {

    ParsedText parse(String text, LocalDate published);
}
