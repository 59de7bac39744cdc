package org.sourcewise.practice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, AttemptAnswer.Key> {

    List<AttemptAnswer> findByKeyAttemptIdOrderByKeyPosition(long attemptId);

    List<AttemptAnswer> findByKeyAttemptIdIn(Collection<Long> attemptIds);
}
