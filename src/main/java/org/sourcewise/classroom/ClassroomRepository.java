package org.sourcewise.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("""
            select new org.sourcewise.classroom.ClassroomSummary(c.id, c.name, c.joinCode, c.archived,
                   (select count(m) from ClassroomMember m where m.key.classroomId = c.id))
            from Classroom c where c.teacherId = :teacherId order by c.archived, c.name
            """)
    List<ClassroomSummary> findSummariesByTeacher(long teacherId);
}
