package org.sourcewise.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A publication date as a teacher types it: ISO ({@code 2019-01-16}), day first ({@code 16/01/2019},
 * {@code 16.1.2019}), the month in words ({@code January 16, 2019}, {@code 16 Jan 2019}) or the browser locale's own
 * short or medium format. A day and month that could be read either way ({@code 02/03/2019}) are read in the
 * locale's order, day first where the locale says nothing.
 */
public final class PublicationDates {

    /** What the import form says when it cannot read a date. */
    public static final String WHAT_TO_TYPE =
            "Sourcewise cannot read this date. Type it as 2019-01-16, 16/01/2019 or January 16, 2019, or leave it"
                    + " empty if the article gives none.";

    private static final List<String> WORDED = List.of(
            "MMMM d, uuuu",
            "MMMM d uuuu",
            "MMM d, uuuu",
            "MMM d uuuu",
            "d MMMM uuuu",
            "d MMM uuuu",
            "d MMMM, uuuu",
            "EEEE, MMMM d, uuuu",
            "EEEE d MMMM uuuu",
            "EEEE, d MMMM uuuu");

    private PublicationDates() {}

    public static Optional<LocalDate> read(String typed, Locale locale) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ").replace("Sept ", "Sep ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : formats(locale)) {
            Optional<LocalDate> day = parse(text, format);
            if (day.isPresent()) {
                return day;
            }
        }
        // The locale's own formats resolve leniently ("31/02" as 28 February): only a day they write back as typed.
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
            Optional<LocalDate> day =
                    parse(text, format).filter(d -> format.format(d).equalsIgnoreCase(text));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException notThisOne) {
            return Optional.empty();
        }
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        List<DateTimeFormatter> formats = new ArrayList<>();
        formats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        boolean monthFirst = monthFirst(locale);
        for (String separator : List.of("/", ".", "-")) {
            String dayFirst = "d" + separator + "M" + separator + "uuuu";
            String monthsFirst = "M" + separator + "d" + separator + "uuuu";
            for (String pattern : monthFirst ? List.of(monthsFirst, dayFirst) : List.of(dayFirst, monthsFirst)) {
                formats.add(strict(pattern, Locale.ROOT));
            }
        }
        for (String pattern : WORDED) {
            formats.add(strict(pattern, Locale.ENGLISH));
            if (!locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                formats.add(strict(pattern, locale));
            }
        }
        return formats;
    }

    /** Whether the locale writes the month before the day in its short dates, as the United States does. */
    private static boolean monthFirst(Locale locale) {
        String pattern = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(locale)
                .format(LocalDate.of(1999, 2, 3));
        return pattern.indexOf('2') >= 0 && pattern.indexOf('2') < pattern.indexOf('3');
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
