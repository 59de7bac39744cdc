package org.sourcewise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class JoinCodesTest {

    @Test
    void liveSessionCodesHaveNoLookAlikesAsClassCodesHaveNone() {
        for (int i = 0; i < 500; i++) {
            assertThat(JoinCodes.unused(JoinCodes.LIVE_LENGTH, code -> false))
                    .hasSize(6)
                    .matches("[" + JoinCodes.ALPHABET + "]+");
        }
        assertThat(JoinCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void aCodeAlreadyTakenIsNeverGivenAgain() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            assertThat(taken.add(JoinCodes.unused(2, taken::contains))).isTrue();
        }
    }

    @Test
    void whatAStudentTypesIsReadTheSameWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(JoinCodes.normalise(" hijk-mn ")).isEqualTo("HIJKMN");
        } finally {
            Locale.setDefault(before);
        }
    }
}
