package org.sourcewise.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleAnalysisRepository extends JpaRepository<ArticleAnalysis, Long> {

    long countByState(AnalysisState state);

    List<ArticleAnalysis> findByStateIn(List<AnalysisState> states);
}
