package org.sourcewise.practice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByStudentIdOrderByStartedAtDesc(long studentId);

    List<Attempt> findByQuizIdInAndStudentIdIn(Collection<Long> quizIds, Collection<Long> studentIds);

    long countByStudentIdAndQuizId(long studentId, Long quizId);
}
