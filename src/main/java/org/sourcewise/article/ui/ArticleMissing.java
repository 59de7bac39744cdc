package org.sourcewise.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** What every page about one article shows when the address names no article: the same words and a way back. */
public class ArticleMissing extends Div {

    public static final String TITLE = "Article not found";

    public ArticleMissing() {
        add(
                new H1(TITLE),
                new Paragraph("There is no article at this address. It may have been removed."),
                new RouterLink("Back to the library", LibraryView.class));
    }
}
