package org.sourcewise.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassroomMemberRepository extends JpaRepository<ClassroomMember, ClassroomMember.Key> {

    List<ClassroomMember> findByKeyClassroomId(long classroomId);

    List<ClassroomMember> findByKeyStudentId(long studentId);
}
