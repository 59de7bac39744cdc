package org.sourcewise.quiz;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAssignmentRepository extends JpaRepository<QuizAssignment, QuizAssignment.Key> {

    List<QuizAssignment> findByKeyClassroomIdInOrderByAssignedAtDesc(Collection<Long> classroomIds);

    boolean existsByKeyQuizIdAndKeyClassroomIdIn(long quizId, Collection<Long> classroomIds);
}
