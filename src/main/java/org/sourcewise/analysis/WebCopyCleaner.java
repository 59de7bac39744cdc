package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.List;

/** Removes web clutter from pasted article text and normalises its paragraphs. */
final class WebCopyCleaner {

    private WebCopyCleaner() {
    }

    static String clean(String raw, String title) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : raw.replace("\r\n", "\n").split("\n")) {
            String paragraph = line.strip().replaceAll("\\s+", " ");
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
