package org.sourcewise.classroom;

/** What a teacher prints and hands to a student: how to sign in. Shown once; only a hash is kept. */
public record StudentCard(String classroom, String name, String password) {}
