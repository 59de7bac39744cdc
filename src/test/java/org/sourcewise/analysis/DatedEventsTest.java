package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class DatedEventsTest {

    private static final LocalDate JANUARY = LocalDate.of(2021, 1, 10);
    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);

    @Test
    void aMonthAndDayWithoutAYearMonthsAheadIsLastYears() {
        assertThat(Fixtures.extract("On April 22, the ministry announced new rules for schools.", JANUARY)
                        .events())
                .singleElement()
                .satisfies(event -> assertThat(event.date()).isEqualTo(LocalDate.of(2020, 4, 22)));
    }

    @Test
    void aWrittenYearIsKeptEvenAhead() {
        assertThat(Fixtures.extract("The ministry will announce new rules for schools on April 22, 2021.", JANUARY)
                        .events())
                .singleElement()
                .satisfies(event -> assertThat(event.date()).isEqualTo(LocalDate.of(2021, 4, 22)));
    }

    @Test
    void aVagueDateIsNoEvent() {
        assertThat(Fixtures.extract("The ministry announced new rules for schools last week.", JANUARY)
                        .events())
                .isEmpty();
    }

    @Test
    void aWeekdayInThePastIsTheOneBeforePublication() {
        assertThat(Fixtures.extract(
                                "On Saturday, in a short statement, the company said the factory would reopen.",
                                WEDNESDAY)
                        .events())
                .singleElement()
                .satisfies(event -> assertThat(event.date()).isEqualTo(LocalDate.of(2021, 12, 4)));
    }

    @Test
    void aWeekdayAheadInAPlanStaysAhead() {
        assertThat(Fixtures.extract("The minister said the talks would resume on Monday.", WEDNESDAY)
                        .events())
                .singleElement()
                .satisfies(event -> assertThat(event.date()).isEqualTo(LocalDate.of(2021, 12, 13)));
    }

    @Test
    void aDayWithATimeOfDayIsAnEvent() {
        assertThat(Fixtures.extract(
                                "The mayor said at a press conference yesterday morning the bridge should be rebuilt.",
                                WEDNESDAY)
                        .events())
                .singleElement()
                .satisfies(event -> assertThat(event.date()).isEqualTo(LocalDate.of(2021, 12, 7)));
    }
}
