package org.sourcewise.gift;

import java.util.Optional;

/** What may open a question before its text: a {@code ::title::} and then a {@code [format]}. */
record Heading(Optional<String> title, TextFormat format, SourceText rest) {

    static Optional<Heading> read(SourceText block, Problems problems) {
        SourceText rest = block;
        Optional<String> title = Optional.empty();
        if (rest.startsWith("::")) {
            int close = rest.indexOf("::", 2);
            if (close < 0) {
                problems.report(rest.at(0), "the title opened with :: is never closed with ::");
                return Optional.empty();
            }
            title = SourceTexts.nonBlank(rest.slice(2, close).trim());
            rest = rest.slice(close + 2).trim();
        }
        int formatEnd = rest.startsWith("[") ? rest.text().indexOf(']') : -1;
        Optional<TextFormat> format = formatEnd < 0
                ? Optional.empty()
                : TextFormat.ofGiftName(rest.text().substring(1, formatEnd));
        if (format.isPresent()) {
            rest = rest.slice(formatEnd + 1).trim();
        }
        return Optional.of(new Heading(title, format.orElse(TextFormat.MOODLE), rest));
    }
}
