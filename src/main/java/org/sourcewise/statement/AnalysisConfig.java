package org.sourcewise.statement;

import org.sourcewise.analysis.StatementExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AnalysisConfig {

    /** Cheap to create: the CoreNLP models load on the first article, on the analysis thread. */
    @Bean
    StatementFinder statementFinder() {
        StatementExtractor extractor = StatementExtractor.withCoreNlp();
        return extractor::extract;
    }
}
