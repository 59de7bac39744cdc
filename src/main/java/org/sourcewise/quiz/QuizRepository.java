package org.sourcewise.quiz;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {
}
