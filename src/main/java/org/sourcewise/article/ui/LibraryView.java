package org.sourcewise.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.sourcewise.article.ArticleService;
import org.sourcewise.article.ArticleSummary;

/** The library: every article, newest first, with a search over title, source and text. Open to everyone. */
@Route("")
@PageTitle("Library · Sourcewise")
@AnonymousAllowed
class LibraryView extends VerticalLayout {

    private final ArticleService articles;
    private final TextField search = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph emptyMessage = new Paragraph();

    LibraryView(ArticleService articles) {
        this.articles = articles;
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
        add(new H1("Library"), search, list, emptyMessage);
        show("");
    }

    private void show(String query) {
        List<ArticleSummary> found = articles.findArticles(query);
        list.removeAll();
        found.forEach(summary -> list.add(item(summary)));
        emptyMessage.setText(found.isEmpty()
                ? (query.isBlank() ? "The library is empty." : "No article matches \u201c" + query.strip() + "\u201d.")
                : "");
        emptyMessage.setVisible(found.isEmpty());
    }

    private static ListItem item(ArticleSummary summary) {
        RouterLink title = new RouterLink(summary.title(), ReadingView.class, summary.id());
        title.addClassName("article-title");
        Div meta = new Div();
        meta.addClassName("article-meta");
        ArticleFormat.metaLine(summary.source(), summary.publishedOn(), summary.wordCount())
                .forEach(part -> meta.add(new Span(part)));
        ListItem item = new ListItem(title, meta);
        item.addClassName("article-card");
        return item;
    }
}
