package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class DateChoicesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);

    @Test
    void otherDatesOfTheArticleComeFirst() {
        LocalDate right = LocalDate.of(2019, 3, 11);

        assertThat(DateChoices.wrong(right, List.of(LocalDate.of(2019, 2, 28), right), PUBLISHED, 3))
                .startsWith(LocalDate.of(2019, 2, 28), PUBLISHED)
                .doesNotContain(right)
                .hasSize(3);
    }

    @Test
    void noWrongDateLiesAfterPublicationWhenTheRightOneDoesNot() {
        LocalDate right = PUBLISHED.minusDays(1);

        assertThat(DateChoices.wrong(right, List.of(), PUBLISHED, 3))
                .hasSize(3)
                .allMatch(date -> !date.isAfter(PUBLISHED));
    }
}
