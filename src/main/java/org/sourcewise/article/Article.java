package org.sourcewise.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.cleaning.ArticleText;

/**
 * A news article in the library. The raw text is kept as imported so that a better cleaning step
 * can be applied later; students only ever see the cleaned text.
 */
@Entity
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = ArticleLimits.TITLE)
    private String title;

    @Column(length = ArticleLimits.SOURCE)
    private @Nullable String source;

    @Column(length = ArticleLimits.URL)
    private @Nullable String url;

    private @Nullable LocalDate publishedOn;

    /** Longer text is refused at import (see {@link ArticleLimits}); H2 needs no CLOB for it. */
    @Column(nullable = false, length = ArticleLimits.RAW_TEXT)
    private String rawText;

    @Column(nullable = false, length = ArticleLimits.CLEANED_TEXT)
    private String cleanedText;

    private int wordCount;

    private @Nullable String seedFile;

    private @Nullable String seedHash;

    private boolean editedByTeacher;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant createdAt;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {}

    // describe() and replaceText() set the title, the texts and the time of the change
    @SuppressWarnings("NullAway.Init")
    Article(ArticleDetails details, String rawText) {
        this.createdAt = Instant.now();
        describe(details);
        replaceText(rawText);
    }

    /** A teacher's import: the cleaned text is the teacher's, who may have trimmed what cleaning left. */
    // describe() sets the title and the time of the change
    @SuppressWarnings("NullAway.Init")
    Article(ArticleDetails details, String rawText, String cleanedText) {
        this.createdAt = Instant.now();
        describe(details);
        this.rawText = rawText;
        this.cleanedText = cleanedText;
        this.wordCount = new ArticleText(cleanedText).wordCount();
    }

    void describe(ArticleDetails details) {
        this.title = Objects.requireNonNull(details.title(), "an article without a title is refused before");
        this.source = details.source();
        this.url = details.url();
        this.publishedOn = details.publishedOn();
        this.updatedAt = Instant.now();
    }

    /** Cleans the raw text again; the cleaned text is what students read and what analysis runs on. */
    void replaceText(String rawText) {
        ArticleText text = ArticleText.fromWebCopy(rawText, title);
        this.rawText = rawText;
        this.cleanedText = text.text();
        this.wordCount = text.wordCount();
        this.updatedAt = Instant.now();
    }

    /**
     * Brings a seed article up to date with its file and the current cleaning rules.
     * Returns whether anything changed, so that an unchanged seed is not written again.
     */
    boolean refreshFromSeed(ArticleDetails details, String rawText, String hash) {
        String cleaned = ArticleText.fromWebCopy(rawText, details.title()).text();
        boolean changed = !details.equals(details()) || !cleaned.equals(cleanedText) || !hash.equals(seedHash);
        if (changed) {
            describe(details);
            replaceText(rawText);
            markAsSeed(seedFile, hash);
        }
        return changed;
    }

    ArticleDetails details() {
        return new ArticleDetails(title, source, url, publishedOn);
    }

    void markAsSeed(@Nullable String file, String hash) {
        this.seedFile = file;
        this.seedHash = hash;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    @Nullable
    String getSource() {
        return source;
    }

    @Nullable
    String getUrl() {
        return url;
    }

    @Nullable
    LocalDate getPublishedOn() {
        return publishedOn;
    }

    String getRawText() {
        return rawText;
    }

    String getCleanedText() {
        return cleanedText;
    }

    int getWordCount() {
        return wordCount;
    }

    @Nullable
    String getSeedFile() {
        return seedFile;
    }

    @Nullable
    String getSeedHash() {
        return seedHash;
    }

    boolean isEditedByTeacher() {
        return editedByTeacher;
    }

    void markEditedByTeacher() {
        this.editedByTeacher = true;
        this.updatedAt = Instant.now();
    }
}
