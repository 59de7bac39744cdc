package org.sourcewise.analysis;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Months and weekdays in lower case, with their usual abbreviations: the one list the engine's rules share. */
public final class CalendarWords {

    /** Month names and their abbreviations. */
    public static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    public static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> WEEKDAY_ABBREVIATIONS =
            Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /** Months and weekdays, written out; the abbreviations of weekdays ("Sun", "Sat") are also other words. */
    public static final Set<String> MONTHS_AND_WEEKDAYS = union(MONTHS, WEEKDAYS);

    /** Every calendar name and abbreviation; capitalised, "May" and "Sun" are dates where "may" and "sun" are not. */
    public static final Set<String> ALL = union(MONTHS_AND_WEEKDAYS, WEEKDAY_ABBREVIATIONS);

    private CalendarWords() {}

    private static Set<String> union(Set<String> one, Set<String> other) {
        return Stream.concat(one.stream(), other.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
