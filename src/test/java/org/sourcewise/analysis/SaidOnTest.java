package org.sourcewise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaidOnTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 8);

    @Test
    void aWeekdayInTheReportingClauseIsTheLastSuchDayBeforePublication() {
        Statement statement = Fixtures.extract("The minister said on Tuesday that the talks would resume.", WEDNESDAY)
                .statements().getFirst();

        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2021, 12, 7));
    }

    @Test
    void aWeekdayAfterAQuotationDatesTheQuotation() {
        Statement statement = Fixtures.extract("\"We are ready for talks,\" the minister said on Tuesday.", WEDNESDAY)
                .statements().getFirst();

        assertThat(statement.saidOn()).isEqualTo(LocalDate.of(2021, 12, 7));
    }
}
