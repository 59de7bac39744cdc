package org.sourcewise.classroom;

/** A class could not be created, joined or changed; the message is meant for the person who tried. */
public class ClassroomException extends RuntimeException {

    public ClassroomException(String message) {
        super(message);
    }
}
