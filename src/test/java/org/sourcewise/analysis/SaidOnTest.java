package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class SaidOnTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);
    private static final LocalDate MONDAY = LocalDate.of(2021, 12, 6);
    private static final LocalDate TUESDAY = LocalDate.of(2021, 12, 7);

    private static LocalDate saidOn(String text) {
        return Fixtures.extract(text, WEDNESDAY).statements().getFirst().saidOn();
    }

    @Test
    void aWeekdayInTheReportingClauseIsTheLastSuchDayBeforePublication() {
        assertThat(saidOn("The minister said on Tuesday that the talks would resume."))
                .isEqualTo(TUESDAY);
    }

    @Test
    void aWeekdayAfterAQuotationDatesTheQuotation() {
        assertThat(saidOn("\"We are ready for talks,\" the minister said on Tuesday."))
                .isEqualTo(TUESDAY);
    }

    @Test
    void aWeekdayWithATimeOfDayIsStillTheLastSuchDayBeforePublication() {
        assertThat(saidOn("Police said late on Tuesday that the road would stay closed."))
                .isEqualTo(TUESDAY);
    }

    @Test
    void aTimeOfDayOnTheSettingOfTheReportDatesIt() {
        assertThat(saidOn("The mayor said at a press conference yesterday morning the bridge should be rebuilt."))
                .isEqualTo(TUESDAY);
    }

    @Test
    void aDayOpeningTheSentenceDatesItsReport() {
        assertThat(saidOn("On Saturday, in a short statement, the company said the factory would reopen."))
                .isEqualTo(LocalDate.of(2021, 12, 4));
    }

    @Test
    void aDayInWhatWasSaidDoesNotDateTheStatement() {
        assertThat(saidOn("The minister said the talks would resume on Monday."))
                .isNull();
    }

    @Test
    void aDayInsideTheQuotationDoesNotDateTheStatement() {
        assertThat(saidOn("\"We will meet again on Friday,\" the minister said."))
                .isNull();
    }

    @Test
    void aDayOnTheSubjectThatReportsDatesTheReport() {
        assertThat(saidOn("Reports as of Monday said that twelve people had been injured."))
                .isEqualTo(MONDAY);
    }

    @Test
    void aDayOnTheSourceOfAccordingToDatesTheStatement() {
        assertThat(saidOn("\"The airline carries weapons across the region,\" according to a statement on Monday by "
                        + "the foreign ministry."))
                .isEqualTo(MONDAY);
    }

    @Test
    void aReportRelayedByADatedReportHasItsDay() {
        Statement relayed = Fixtures.extract(
                        "The agency reported on Monday that a government source said the plan had " + "been dropped.",
                        WEDNESDAY)
                .statements()
                .stream()
                .filter(statement -> statement.content().equals("the plan had been dropped"))
                .findFirst()
                .orElseThrow();

        assertThat(relayed.saidOn()).isEqualTo(MONDAY);
    }

    @Test
    void aTalkToldOfInADatedStatementIsNotDatedByIt() {
        Statement told = Fixtures.extract(
                        "The mayor said on Monday that the minister told him the bridge would be " + "rebuilt.",
                        WEDNESDAY)
                .statements()
                .stream()
                .filter(statement -> statement.content().equals("the bridge would be rebuilt"))
                .findFirst()
                .orElseThrow();

        assertThat(told.saidOn()).isNull();
    }

    @Test
    void thatDayIsTheDayTheSentenceBeforeNamed() {
        Statement statement = Fixtures.extract(
                        "President Maria Costa flew to the flooded city on Monday. In a meeting "
                                + "that day she told reporters that the rescue was going well.",
                        WEDNESDAY)
                .statements()
                .getFirst();

        assertThat(statement.saidOn()).isEqualTo(MONDAY);
    }

    @Test
    void aDayThatBoundsAStretchOfTimeDatesNothing() {
        assertThat(saidOn("The spokesman said the border has been closed since Monday."))
                .isNull();
    }

    @Test
    void aLastWeekIsNotACalendarDay() {
        assertThat(Fixtures.extract(
                                "The ministry announced new rules for schools last week.", LocalDate.of(2021, 1, 10))
                        .statements()
                        .getFirst()
                        .saidOn())
                .isNull();
    }

    @Test
    void aMonthAndDayWithoutAYearAheadOfPublicationIsLastYears() {
        assertThat(Fixtures.extract(
                                "On April 22, the ministry announced new rules for schools.", LocalDate.of(2021, 1, 10))
                        .statements()
                        .getFirst()
                        .saidOn())
                .isEqualTo(LocalDate.of(2020, 4, 22));
    }

    @Test
    void aReportOpenedByWithTakesTheDayOfTheClauseItHangsOn() {
        assertThat(saidOn("Germany on Monday banned the airline from flying in the country, with officials saying "
                        + "this is for security reasons."))
                .isEqualTo(MONDAY);
    }
}
