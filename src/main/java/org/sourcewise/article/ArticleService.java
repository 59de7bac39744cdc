package org.sourcewise.article;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.cleaning.ArticleText;
import org.sourcewise.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding, reading and importing articles. The library is open reading; importing is for staff. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    /** Longer search text is cut rather than refused: it can only narrow the result. */
    static final int MAX_QUERY_LENGTH = 200;
    /** Each word is a search of its own; a sentence pasted into the box is searched by its first ten. */
    static final int MAX_QUERY_WORDS = 10;

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    /** What cleaning makes of pasted or uploaded text, for the teacher to check and trim before saving. */
    @PreAuthorize(Roles.STAFF)
    public String previewCleanText(String raw, ArticleFormat format, String title) {
        return ArticleImports.clean(raw, format, title).text();
    }

    /** Reads an uploaded file as text, refusing empty, oversized, binary or non-UTF-8 files. */
    @PreAuthorize(Roles.STAFF)
    public String readUpload(byte[] bytes) {
        return ArticleImports.decode(bytes);
    }

    /**
     * Saves an article a teacher imported: the raw text as brought, the cleaned text as the teacher trimmed
     * it. Statements are then found in the background.
     */
    @PreAuthorize(Roles.STAFF)
    @Transactional
    public long importArticle(ArticleDetails details, String rawText, String cleanedText) {
        ArticleDetails trimmed = new ArticleDetails(
                strip(details.title()), strip(details.source()), strip(details.url()), details.publishedOn());
        String text = cleanedText == null
                ? ""
                : ArticleText.fromEditedText(cleanedText).text();
        List<String> problems = ArticleImports.problems(trimmed, rawText, text);
        if (!problems.isEmpty()) {
            throw new ArticleImportException(String.join(" ", problems));
        }
        Article article = articles.save(new Article(trimmed, rawText, text));
        events.publishEvent(new ArticleTextChanged(article.getId()));
        return article.getId();
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Articles whose title, source or text contains every word of the query, in any order and place (ignoring
     * case), newest first; all articles for a blank query. "Truss Belarus" finds the article that names both.
     */
    @PreAuthorize(Roles.ANYONE)
    public List<ArticleSummary> findArticles(String query) {
        List<String> words = query == null
                ? List.of()
                : Arrays.stream(query.strip().split("\\s+"))
                        .filter(word -> !word.isEmpty())
                        .distinct()
                        .limit(MAX_QUERY_WORDS)
                        .toList();
        if (words.size() <= 1) {
            return articles.findSummaries(likePattern(query));
        }
        List<ArticleSummary> found = articles.findSummaries(likePattern(words.getFirst()));
        for (String word : words.subList(1, words.size())) {
            Set<Long> alsoWithThisWord = articles.findSummaries(likePattern(word)).stream()
                    .map(ArticleSummary::id)
                    .collect(Collectors.toSet());
            found = found.stream()
                    .filter(article -> alsoWithThisWord.contains(article.id()))
                    .toList();
        }
        return found;
    }

    @PreAuthorize(Roles.ANYONE)
    public Optional<ArticleReading> findForReading(long id) {
        return articles.findById(id)
                .map(article -> new ArticleReading(
                        article.getId(),
                        article.getTitle(),
                        article.getSource(),
                        article.getUrl(),
                        article.getPublishedOn(),
                        new ArticleText(article.getCleanedText()).paragraphs()));
    }

    @PreAuthorize(Roles.ANYONE)
    public Optional<ArticleForAnalysis> findForAnalysis(long id) {
        return articles.findById(id)
                .map(article -> new ArticleForAnalysis(
                        article.getId(), new ArticleText(article.getCleanedText()), article.getPublishedOn()));
    }

    /** The seed article loaded from this file of the seeds folder, such as {@code 003_c69a83af02cbb3b2.txt}. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<ArticleForAnalysis> findSeed(String fileName) {
        return articles.findBySeedFile(fileName)
                .map(article -> new ArticleForAnalysis(
                        article.getId(), new ArticleText(article.getCleanedText()), article.getPublishedOn()));
    }

    @PreAuthorize(Roles.ANYONE)
    public List<Long> findAllIds() {
        return articles.findAllIds();
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
