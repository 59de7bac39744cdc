package org.sourcewise.classroom;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A student's place in a class. */
@Entity
class ClassroomMember {

    @Embeddable
    record Key(long classroomId, long studentId) {}

    @EmbeddedId
    private Key key;

    private Instant joinedAt;

    protected ClassroomMember() {}

    Key getKey() {
        return key;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    ClassroomMember(long classroomId, long studentId) {
        this.key = new Key(classroomId, studentId);
        this.joinedAt = Instant.now();
    }
}
