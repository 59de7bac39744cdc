package org.sourcewise.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
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

    /*
     * The selection's ends as offsets into the article's text. Each paragraph carries its start offset; within it, the
     * length of the text before the boundary (marks included) is the distance, so the marks that highlight evidence
     * do not shift anything. An end outside the paragraphs (the title, beyond the article) moves to the nearest
     * paragraph edge the selection covers.
     */
    private static final String SELECTION_JS = """
            const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
            const range = selection.getRangeAt(0);
            const paragraphs = [...this.querySelectorAll('p[data-start]')].filter(p => range.intersectsNode(p));
            if (paragraphs.length === 0) return null;
            const offset = (p, node, at, fallback) => {
              if (!p.contains(node)) return fallback;
              const before = document.createRange();
              before.selectNodeContents(p);
              before.setEnd(node, at);
              return Number(p.dataset.start) + before.toString().length;
            };
            const first = paragraphs[0];
            const last = paragraphs[paragraphs.length - 1];
            return {
              start: offset(first, range.startContainer, range.startOffset, Number(first.dataset.start)),
              end: offset(last, range.endContainer, range.endOffset,
                  Number(last.dataset.start) + last.textContent.length)
            };
            """;

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
        int start = 0;
        for (String paragraph : paragraphs) {
            Paragraph p = new Paragraph(paragraph);
            p.getElement().setAttribute("data-start", String.valueOf(start));
            shown.add(p);
            add(p);
            start += paragraph.length() + PARAGRAPH_BREAK;
        }
    }

    /**
     * Reads what the reader has selected in the article's text, as offsets into it, and hands it on; null when no
     * text of the article is selected.
     */
    public void readSelection(SerializableConsumer<Span> then) {
        getElement()
                .executeJs(SELECTION_JS)
                .then(result -> then.accept(
                        result == null || result.isNull()
                                ? null
                                : new Span(
                                        result.get("start").asInt(),
                                        result.get("end").asInt())));
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
            for (Span span : evidence.stream()
                    .sorted(Comparator.comparingInt(Span::start))
                    .toList()) {
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
