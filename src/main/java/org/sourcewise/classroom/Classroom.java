package org.sourcewise.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A teacher's class; students join it with its code. */
@Entity
class Classroom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private long teacherId;
    private String joinCode;
    private boolean archived;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant createdAt;

    @Version
    private long version;

    protected Classroom() {}

    Classroom(String name, long teacherId, String joinCode) {
        this.name = name;
        this.teacherId = teacherId;
        this.joinCode = joinCode;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getTeacherId() {
        return teacherId;
    }

    String getJoinCode() {
        return joinCode;
    }

    boolean isArchived() {
        return archived;
    }

    void archive() {
        this.archived = true;
    }
}
