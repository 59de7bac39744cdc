package org.sourcewise.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sourcewise.analysis.Span;
import org.sourcewise.article.ArticleReading;

/**
 * An article beside something else (the questions of a quiz, the findings a teacher corrects). Evidence is marked by character offsets into the article's text, whose
 * paragraphs are separated by one blank line; all text is set as text, never as markup.
 */
public class ArticlePane extends Div {

    private static final int PARAGRAPH_BREAK = 2;

    private final List<String> paragraphs;
    private final List<Paragraph> shown = new ArrayList<>();

    public ArticlePane(ArticleReading article) {
        addClassName("player-article");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Article");
        // Scrollable on its own, so a keyboard user must be able to reach it.
        getElement().setAttribute("tabindex", "0");
        this.paragraphs = article.paragraphs();
        add(new H2(article.title()));
        for (String paragraph : paragraphs) {
            Paragraph p = new Paragraph(paragraph);
            shown.add(p);
            add(p);
        }
    }

    /** Marks the evidence and scrolls the first mark into view; an empty list clears every mark. */
    public void highlight(List<Span> evidence) {
        int start = 0;
        Element first = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            int end = start + text.length();
            Element paragraph = shown.get(i).getElement();
            paragraph.removeAllChildren();
            int at = 0;
            for (Span span : evidence.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
                int from = Math.max(span.start(), start) - start;
                int to = Math.min(span.end(), end) - start;
                if (from >= to || from < at) {
                    continue;
                }
                paragraph.appendChild(Element.createText(text.substring(at, from)));
                Element mark = new Element("mark").setText(text.substring(from, to));
                mark.getClassList().add("evidence");
                paragraph.appendChild(mark);
                first = first == null ? mark : first;
                at = to;
            }
            paragraph.appendChild(Element.createText(text.substring(at)));
            start = end + PARAGRAPH_BREAK;
        }
        if (first != null) {
            first.executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'})");
        }
    }
}
