package org.sourcewise.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleStatementRepository extends JpaRepository<ArticleStatement, Long> {

    List<ArticleStatement> findByArticleIdOrderByPosition(long articleId);

    List<ArticleStatement> findByArticleIdNotOrderByArticleIdAscPositionAsc(long articleId);

    @Modifying
    @Query("delete from ArticleStatement s where s.articleId = :articleId")
    void deleteByArticleId(long articleId);
}
