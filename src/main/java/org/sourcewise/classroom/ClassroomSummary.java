package org.sourcewise.classroom;

/** A class as its teacher sees it in the list of their classes. */
public record ClassroomSummary(long id, String name, String joinCode, boolean archived, long students) {}
