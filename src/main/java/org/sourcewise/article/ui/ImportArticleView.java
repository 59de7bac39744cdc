package org.sourcewise.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.sourcewise.article.ArticleDetails;
import org.sourcewise.article.ArticleFormat;
import org.sourcewise.article.ArticleLimits;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.PublicationDates;
import org.sourcewise.common.ui.FormMessage;
import org.sourcewise.common.ui.Notifications;
import org.sourcewise.security.Roles;

/**
 * A teacher brings an article by pasting it or uploading a .txt, .md or .html file, checks and trims the
 * cleaned text, and saves it; statements are then found in the background. Teachers and admins only.
 */
@Route("import")
@PageTitle("Import an article · Sourcewise")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
class ImportArticleView extends VerticalLayout {

    final TextField title = new TextField("Title");
    final TextField source = new TextField("Source");
    final TextField url = new TextField("Web address (optional)");
    final DatePicker published = new DatePicker("Publication date");
    final TextArea pasted = new TextArea("Paste the article as copied from the web page");
    final Upload upload;
    final Button preview = new Button("Clean and preview");
    final TextArea cleaned = new TextArea("Article text: remove anything that is not part of the article");
    final Button save = new Button("Save article");
    final FormMessage message = new FormMessage();

    private final ArticleService articles;
    private ArticleFormat format = ArticleFormat.PLAIN_TEXT;
    private String raw = "";

    ImportArticleView(ArticleService articles) {
        this.articles = articles;
        addClassName("form-view");

        // Every field lets one character more through than the service takes, so that a longer paste is refused
        // with the limit named instead of cut short by the browser without a word.
        title.setRequired(true);
        title.setMaxLength(ArticleLimits.TITLE + 1);
        source.setMaxLength(ArticleLimits.SOURCE + 1);
        source.setPlaceholder("e.g. CBC News");
        url.setMaxLength(ArticleLimits.URL + 1);
        published.setHelperText(
                "Relative dates in the article, such as \u201con Thursday\u201d or \u201clast Monday\u201d, "
                        + "are worked out from this date.");
        published.setMax(LocalDate.now(ZoneId.systemDefault()).plusDays(1));
        // Shown as ISO, which reads the same everywhere; what the browser cannot read is read by the server, which
        // also knows day-first dates and months in words.
        published.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        published.setFallbackParser(typed -> PublicationDates.read(typed, getLocale())
                .map(Result::ok)
                .orElseGet(() -> Result.error(PublicationDates.WHAT_TO_TYPE)));
        pasted.setMaxLength(ArticleLimits.RAW_TEXT + 1);
        pasted.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                raw = event.getValue();
                format = ArticleFormat.ofPaste(raw);
                pasted.setHelperText(
                        format == ArticleFormat.HTML
                                ? "This looks like a web page's source, so it is read as HTML: its tags, menus and scripts "
                                        + "are left out."
                                : null);
            }
        });

        // The upload is received without the session lock; the view is changed inside the UI's lock. It is read
        // no further than one byte past the limit, so an oversized file never sits whole in memory; the browser's
        // own check of the size can be bypassed, this one cannot.
        upload = new Upload(event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ArticleLimits.UPLOAD_BYTES + 1);
            }
            String fileName = event.getFileName();
            // a failure while receiving reaches the session's error handler, not the returned Future
            @SuppressWarnings("FutureReturnValueIgnored")
            var unused = event.getUI().access(() -> receive(fileName, bytes));
        });
        upload.addAllFinishedListener(event -> {});
        upload.setAcceptedFileTypes(
                ".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleLimits.UPLOAD_BYTES);
        upload.addFileRejectedListener(event ->
                message.showError("This file cannot be imported: use a .txt, .md or .html file of at most 2 MB."));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Or drop a .txt, .md or .html file here"));

        preview.addClickListener(event -> preview());
        cleaned.setVisible(false);
        cleaned.setMaxLength(ArticleLimits.CLEANED_TEXT + 1);
        save.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());

        for (var field : new com.vaadin.flow.component.HasSize[] {title, source, url, pasted, cleaned}) {
            field.setWidthFull();
        }
        add(
                new H1("Import an article"),
                title,
                source,
                url,
                published,
                pasted,
                upload,
                preview,
                message,
                cleaned,
                save,
                new Paragraph(
                        "After saving, Sourcewise finds who said what in the background; the library shows its progress."));
    }

    void receive(String fileName, byte[] bytes) {
        Optional<ArticleFormat> known = ArticleFormat.ofFileName(fileName);
        if (known.isEmpty()) {
            message.showError("Only .txt, .md and .html files can be imported.");
            return;
        }
        message.attempt(() -> articles.readUpload(bytes)).ifPresent(text -> {
            format = known.get();
            raw = text;
            pasted.setValue("");
            pasted.setHelperText("Using the uploaded file " + fileName + ".");
            preview();
        });
    }

    private void preview() {
        message.attempt(() -> articles.previewCleanText(raw, format, title.getValue()))
                .ifPresent(text -> {
                    cleaned.setValue(text);
                    cleaned.setVisible(true);
                    save.setVisible(true);
                    message.clear();
                });
    }

    private void save() {
        // An unreadable date leaves the field empty and invalid; saving then would quietly store "Date unknown". A
        // date past the picker's maximum is invalid too but has its value, which the service refuses in its own words.
        if (published.isInvalid() && published.isEmpty()) {
            message.showError(PublicationDates.WHAT_TO_TYPE);
            return;
        }
        ArticleDetails details =
                new ArticleDetails(title.getValue(), source.getValue(), url.getValue(), published.getValue());
        message.attempt(() -> articles.importArticle(details, raw, cleaned.getValue()))
                .ifPresent(id -> {
                    Notifications.success("Article saved. Sourcewise is finding its statements in the background.");
                    UI.getCurrent().navigate(ReadingView.class, id);
                });
    }
}
