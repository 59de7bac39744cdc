package org.sourcewise.analysis;

import java.time.LocalDate;

/** Something the article dates: the sentence that names the date, and the date it names. */
public record DatedEvent(LocalDate date, String description, Span evidence) {}
