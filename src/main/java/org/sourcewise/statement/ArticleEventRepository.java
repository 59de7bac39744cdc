package org.sourcewise.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleEventRepository extends JpaRepository<ArticleEvent, Long> {

    List<ArticleEvent> findByArticleIdOrderByPosition(long articleId);

    @Modifying
    @Query("delete from ArticleEvent e where e.articleId = :articleId")
    void deleteByArticleId(long articleId);
}
