package org.sourcewise.article.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.security.Roles;

/**
 * One article, set for reading long text: title, source, date and the cleaned paragraphs.
 * For anyone signed in: anonymous visitors reach only the sign-in and join pages.
 */
@Route("articles")
@PermitAll
class ReadingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleService articles;
    private final AuthenticationContext authentication;
    private String title = "Article";

    ReadingView(ArticleService articles, AuthenticationContext authentication) {
        this.articles = articles;
        this.authentication = authentication;
        addClassName("reading-view");
        setPadding(true);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        articles.findForReading(id).ifPresentOrElse(this::show, this::showMissing);
    }

    private void show(ArticleReading article) {
        title = article.title();
        Div meta = new Div();
        meta.addClassName("article-meta");
        ArticleDisplay.metaLine(article.source(), article.publishedOn(), null)
                .forEach(part -> meta.add(new Span(part)));
        if (article.url() != null && article.url().matches("(?i)https?://.+")) {
            Anchor original = new Anchor(article.url(), "Original");
            original.setTarget("_blank");
            original.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(original);
        }
        Div body = new Div();
        body.addClassName("article-body");
        article.paragraphs()
                .forEach(paragraph -> body.add(
                        ArticleDisplay.isSubheading(paragraph) ? new H2(paragraph) : new Paragraph(paragraph)));
        add(new RouterLink("\u2190 Library", LibraryView.class), new H1(article.title()), meta);
        if (authentication.hasAnyRole(Roles.TEACHER, Roles.ADMIN)) {
            Anchor findings = new Anchor("findings/" + article.id(), "Check the statements found");
            Anchor review = new Anchor("review/" + article.id(), "Review the generated questions");
            Div staff = new Div(findings, review);
            staff.addClassName("review-links");
            add(staff);
        }
        add(body);
    }

    private void showMissing() {
        title = ArticleMissing.TITLE;
        add(new ArticleMissing());
    }

    @Override
    public String getPageTitle() {
        return title + " · Sourcewise";
    }
}
