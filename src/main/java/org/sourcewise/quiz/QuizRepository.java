package org.sourcewise.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findBySourceFile(String sourceFile);

    List<Quiz> findByTeacherIdOrSourceFileNotNullOrderByTitle(Long teacherId);
}
