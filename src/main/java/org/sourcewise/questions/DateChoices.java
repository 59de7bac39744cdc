package org.sourcewise.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Wrong dates for "when?": other dates the article names first (the ones a careless reader mixes up), then the
 * publication date and days next to the right one, all on or before publication when the right one is.
 */
final class DateChoices {

    private DateChoices() {}

    static List<LocalDate> wrong(
            LocalDate right, List<LocalDate> articleDates, @Nullable LocalDate published, int count) {
        Set<LocalDate> candidates = new LinkedHashSet<>(articleDates);
        candidates.add(published);
        for (int days : new int[] {1, -1, 7, -7, 2, -2, 3}) {
            candidates.add(right.plusDays(days));
        }
        List<LocalDate> chosen = new ArrayList<>();
        for (LocalDate candidate : candidates) {
            boolean plausible = published == null || right.isAfter(published) || !candidate.isAfter(published);
            if (chosen.size() < count && candidate != null && !candidate.equals(right) && plausible) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }
}
