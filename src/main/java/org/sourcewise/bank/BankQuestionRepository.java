package org.sourcewise.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankQuestionRepository extends JpaRepository<BankQuestion, Long> {

    List<BankQuestion> findByArticleIdOrderByPositionAscIdAsc(long articleId);

    int countByArticleId(long articleId);
}
