package org.sourcewise.analysis;

/** What kind of source a statement comes from. */
public enum SourceKind {
    /** A named person. */
    PERSON,
    /** An organisation, government, ministry or country. */
    ORGANIZATION,
    /** A newspaper, magazine or news agency. */
    PUBLICATION,
    /** A source the article does not name: "a government official", "policy analysts". */
    ANONYMOUS
}
