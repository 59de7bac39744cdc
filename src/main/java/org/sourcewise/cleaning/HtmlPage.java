package org.sourcewise.cleaning;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads a saved web page the way a reader sees its article: the main content's blocks as lines, without
 * scripts, styles, navigation, captions or forms. The lines then go through the same cleaning as pasted copy.
 */
final class HtmlPage {

    private static final String NOT_ARTICLE = "script, style, noscript, template, iframe, canvas, form, button, "
            + "nav, header, footer, aside, figure, figcaption, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlPage() {}

    static String articleLines(String html) {
        Document page = Jsoup.parse(html);
        // An inline SVG is mostly an icon, but some pages set a word of the sentence in one ("Mayor Ana <svg><text>
        // Lopez</text></svg> said"): removing the SVG whole dropped the name, so its <text> stays as plain words.
        for (Element svg : page.select("svg")) {
            svg.replaceWith(new TextNode(String.join(" ", svg.select("text").eachText())));
        }
        page.select(NOT_ARTICLE).remove();
        Element main = mainContent(page);
        Elements blocks = main.select(BLOCKS);
        List<String> lines = new ArrayList<>();
        for (Element block : blocks) {
            // a block inside another listed block (a <p> in a <blockquote>) is read once, with its parent
            if (block.parents().stream().noneMatch(parent -> parent.is(BLOCKS))) {
                lines.add(block.text());
            }
        }
        if (lines.isEmpty()) {
            lines.add(main.text());
        }
        return String.join("\n", lines);
    }

    /** The article element when the page marks one, else the main element, else the whole body. */
    private static Element mainContent(Document page) {
        Element article = page.selectFirst("article, [itemprop=articleBody]");
        if (article != null) {
            return article;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }
}
