package org.sourcewise.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;
import org.sourcewise.statement.AnalysisProgress;
import org.sourcewise.statement.StatementService;

/**
 * The library: every article, newest first, with a search over title, source and text.
 * For anyone signed in: anonymous visitors reach only the sign-in and join pages.
 */
@Route("")
@PageTitle("Library · Sourcewise")
@PermitAll
class LibraryView extends VerticalLayout {

    private final ArticleService articles;
    private final StatementService statements;
    private final Div analysisProgress = new Div();
    private final TextField search = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph emptyMessage = new Paragraph();

    LibraryView(ArticleService articles, StatementService statements) {
        this.articles = articles;
        this.statements = statements;
        addClassName("library-view");
        setPadding(true);

        search.setPlaceholder("Search title, source or text");
        search.setAriaLabel("Search articles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setWidthFull();
        search.addValueChangeListener(event -> show(event.getValue()));

        list.addClassName("article-list");
        emptyMessage.addClassName("empty-message");
        analysisProgress.addClassName("analysis-progress");
        add(new H1("Library"), analysisProgress, search, list, emptyMessage);
        show("");
        showAnalysisProgress();
        addAttachListener(event -> event.getUI().addPollListener(poll -> showAnalysisProgress()));
    }

    /** While the engine works through the library in the background, say how far it has come. */
    private void showAnalysisProgress() {
        AnalysisProgress progress = statements.progress();
        analysisProgress.removeAll();
        analysisProgress.setVisible(!progress.finished());
        getUI().ifPresent(ui -> ui.setPollInterval(progress.finished() ? -1 : 2000));
        if (progress.finished()) {
            return;
        }
        ProgressBar bar = new ProgressBar(0, Math.max(1, progress.articles()), progress.done() + progress.failed());
        Span text = new Span("Finding who said what in the library: " + (progress.done() + progress.failed()) + " of "
                + progress.articles() + " articles done");
        bar.getElement().setAttribute("aria-label", text.getText());
        analysisProgress.add(text, bar);
    }

    private void show(String query) {
        List<ArticleSummary> found = articles.findArticles(query);
        list.removeAll();
        found.forEach(summary -> list.add(item(summary)));
        emptyMessage.setText(
                found.isEmpty()
                        ? (query.isBlank()
                                ? "The library is empty."
                                : "No article matches \u201c" + query.strip() + "\u201d.")
                        : "");
        emptyMessage.setVisible(found.isEmpty());
    }

    private static ListItem item(ArticleSummary summary) {
        RouterLink title = new RouterLink(summary.title(), ReadingView.class, summary.id());
        title.addClassName("article-title");
        Div meta = new Div();
        meta.addClassName("article-meta");
        ArticleDisplay.metaLine(summary.source(), summary.publishedOn(), summary.wordCount())
                .forEach(part -> meta.add(new Span(part)));
        ListItem item = new ListItem(title, meta);
        item.addClassName("article-card");
        return item;
    }
}
