package org.sourcewise.classroom;

import org.sourcewise.common.Refusal;

/** A class could not be created, joined or changed; the message is meant for the person who tried. */
public class ClassroomException extends Refusal {

    public ClassroomException(String message) {
        super(message);
    }
}
