package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class AdminSettingsTest {

    @Test
    void theAdminPasswordNeverAppearsWhereTheSettingsArePrinted() {
        assertThat(new AdminSettings("head", "a long admin password").toString())
                .contains("head")
                .doesNotContain("a long admin password");
    }

    @Test
    void anAdminIsGivenOnlyWithBothNameAndPassword() {
        assertThat(new AdminSettings("head", "").given()).isFalse();
        assertThat(new AdminSettings("", "a long admin password").given()).isFalse();
        assertThat(new AdminSettings("head", "a long admin password").given()).isTrue();
    }
}
