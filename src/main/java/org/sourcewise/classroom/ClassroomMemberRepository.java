package org.sourcewise.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassroomMemberRepository extends JpaRepository<ClassroomMember, ClassroomMember.Key> {
}
