package org.sourcewise.hostile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markup of a user's that reached the page as markup rather than text: what the browser would run. Read from the
 * server's element tree, which is exactly what Vaadin sends the browser; a value set as text can never be one.
 */
final class InjectedMarkup {

    private static final Set<String> ACTIVE_TAGS = Set.of("script", "iframe", "object", "embed", "svg");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");

    private InjectedMarkup() {}

    static List<String> on(UI ui) {
        List<String> found = new ArrayList<>();
        scan(ui.getElement(), found);
        return found;
    }

    private static void scan(Element element, List<String> found) {
        if (element.isTextNode()) {
            return;
        }
        String where = "<" + element.getTag() + ">";
        if (ACTIVE_TAGS.contains(element.getTag())) {
            found.add("a " + where + " element");
        }
        element.getAttributeNames().forEach(name -> {
            String value = element.getAttribute(name);
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                found.add(where + " has the attribute " + name);
            } else if (URL_ATTRIBUTES.contains(name)
                    && value != null
                    && value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                found.add(where + " links to " + value);
            }
        });
        element.getPropertyNames().forEach(name -> {
            String value = element.getProperty(name);
            String html = value == null ? "" : value.toLowerCase(Locale.ROOT);
            if (name.equals("innerHTML")
                    && (html.contains("<script")
                            || html.contains("onerror")
                            || html.contains("onload")
                            || html.contains("javascript:"))) {
                found.add(where + " has markup " + html.substring(0, Math.min(120, html.length())));
            }
        });
        element.getChildren().forEach(child -> scan(child, found));
    }
}
