package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class PublicationDatesTest {

    private static final LocalDate DAY = LocalDate.of(2019, 1, 16);

    @Test
    void readsIsoDayFirstAndTheMonthInWords() {
        for (String typed : new String[] {
            "2019-01-16",
            "16/01/2019",
            "16/1/2019",
            "16.01.2019",
            "January 16, 2019",
            "Jan 16 2019",
            "16 January 2019",
            "  16 jan 2019 ",
            "Wednesday, January 16, 2019"
        }) {
            assertThat(PublicationDates.read(typed, Locale.UK)).as(typed).contains(DAY);
        }
    }

    @Test
    void readsTheLocalesOwnFormatAndItsOrderOfDayAndMonth() {
        assertThat(PublicationDates.read("1/16/19", Locale.US)).contains(DAY);
        assertThat(PublicationDates.read("02/03/2019", Locale.US)).contains(LocalDate.of(2019, 2, 3));
        assertThat(PublicationDates.read("02/03/2019", Locale.UK)).contains(LocalDate.of(2019, 3, 2));
        assertThat(PublicationDates.read("16. Januar 2019", Locale.GERMANY)).contains(DAY);
        assertThat(PublicationDates.read("16 janvier 2019", Locale.FRANCE)).contains(DAY);
    }

    @Test
    void refusesWhatIsNoDay() {
        for (String typed :
                new String[] {"31/02/2019", "Januray 16, 2019", "2019", "yesterday", "16/01", "13/13/2019"}) {
            assertThat(PublicationDates.read(typed, Locale.UK)).as(typed).isEmpty();
        }
    }

    @Test
    void emptyIsNoDateRatherThanAnError() {
        assertThat(PublicationDates.read("  ", Locale.UK)).isEmpty();
        assertThat(PublicationDates.read(null, Locale.UK)).isEmpty();
    }
}
