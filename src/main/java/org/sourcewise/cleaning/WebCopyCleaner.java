package org.sourcewise.cleaning;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns text copied from a news web page into the article's paragraphs. Each stage is a small rule about
 * web copy in general (navigation, title repeats, photo captions, comment prompts, teaser lists), never
 * about a particular site or file.
 */
final class WebCopyCleaner {

    private WebCopyCleaner() {}

    static String clean(String raw, @Nullable String title) {
        List<String> lines = CopiedLines.split(raw);
        lines = TitleRepeat.dropTitleAndWhatPrecedesIt(lines, title);
        lines = PageTail.dropAfterEndOfArticle(lines);
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (!PageFurniture.isFurniture(line) && !PhotoCaption.isCaption(line)) {
                paragraphs.add(line);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
