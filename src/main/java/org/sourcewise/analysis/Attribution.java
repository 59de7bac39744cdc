package org.sourcewise.analysis;

/** The speaker a mention resolves to and the rule of {@link Speakers} that chose it. */
record Attribution(Speaker speaker, String rule) {

    /** "he", "she" or "I": the last person the article made the subject of a sentence. */
    static final String PRONOUN = "pronoun";
    /** "he" or "she" when a sentence at hand also names someone else the pronoun may stand for. */
    static final String CONTESTED_PRONOUN = "contested-pronoun";
    /** "it", "they" or "we": the last speaker of any kind. */
    static final String GROUP_PRONOUN = "group-pronoun";
    /** A pronoun with nobody before it to stand for. */
    static final String UNRESOLVED = "unresolved-pronoun";
    /** The mention holds the name as the article first gives it. */
    static final String NAME = "name";
    /** A family name or variant spelling, resolved to the full name the article gives elsewhere. */
    static final String FAMILY_NAME = "family-name";
    /** A description followed by the name of whom it describes: "a member of parliament, Samir Dilou, said". */
    static final String APPOSED_NAME = "apposed-name";
    /** A role ("the Kremlin spokesman") the article gives a named person elsewhere. */
    static final String ROLE = "role";
    /** An organisation, publication or place by its name ("the Kremlin", "Reuters"). */
    static final String NAMED_GROUP = "named-group";
    /** "The commission" after "the Commission on Presidential Debates" spoke: the named group whose name has that noun. */
    static final String GROUP_BY_ITS_NOUN = "group-by-its-noun";
    /** An unnamed source or group, as the article describes it ("officials", "a government source"). */
    static final String DESCRIPTION = "description";
    /** A subject that is no noun at all ("Speaking to reporters, ..."): the parse went wrong. */
    static final String NOT_A_NOUN = "not-a-noun";
    /** A quotation going on from the statement before it. */
    static final String CONTINUATION = "continuation";
}
