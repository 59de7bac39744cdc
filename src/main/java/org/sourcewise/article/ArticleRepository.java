package org.sourcewise.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySeedFile(String seedFile);

    @Query("select a.id from Article a order by a.id")
    List<Long> findAllIds();

    @Query("""
            select new org.sourcewise.article.ArticleSummary(a.id, a.title, a.source, a.publishedOn, a.wordCount)
            from Article a
            where :query = ''
               or lower(a.title) like lower(concat('%', :query, '%')) escape '\\'
               or lower(a.source) like lower(concat('%', :query, '%')) escape '\\'
               or lower(a.cleanedText) like lower(concat('%', :query, '%')) escape '\\'
            order by a.publishedOn desc nulls last, a.title
            """)
    List<ArticleSummary> findSummaries(@Param("query") String query);
}
