package org.sourcewise.gift;

/** A 1-based line and column in the file being parsed. */
record Position(int line, int column) {}
