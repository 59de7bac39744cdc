package org.sourcewise.article;

import java.util.List;
import java.util.Optional;
import org.sourcewise.analysis.ArticleText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and reading articles. The library is open reading: anyone may browse and read it. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    /** Longer search text is cut rather than refused: it can only narrow the result. */
    static final int MAX_QUERY_LENGTH = 200;

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Articles whose title, source or text contains the query (ignoring case); all articles for a blank query. */
    @PreAuthorize("permitAll()")
    public List<ArticleSummary> findArticles(String query) {
        return articles.findSummaries(likePattern(query));
    }

    @PreAuthorize("permitAll()")
    public Optional<ArticleReading> findForReading(long id) {
        return articles.findById(id).map(article -> new ArticleReading(
                article.getId(), article.getTitle(), article.getSource(), article.getUrl(),
                article.getPublishedOn(), new ArticleText(article.getCleanedText()).paragraphs()));
    }

    /** The user's words taken literally: % and _ are searched for, not wildcards. */
    private static String likePattern(String query) {
        if (query == null) {
            return "";
        }
        String trimmed = query.strip();
        if (trimmed.length() > MAX_QUERY_LENGTH) {
            trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
        }
        return trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
