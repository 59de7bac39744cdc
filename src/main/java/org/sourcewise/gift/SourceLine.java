package org.sourcewise.gift;

/** A line of the file as written, with its 1-based number. */
record SourceLine(int number, String text) {}
