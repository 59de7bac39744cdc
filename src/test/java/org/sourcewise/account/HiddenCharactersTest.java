package org.sourcewise.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** Emoji sequences and joined scripts are names; what hides or turns text around is not. */
@Tier.Fast
class HiddenCharactersTest {

    @Test
    void emojiJoinedByZeroWidthJoinersAreVisible() {
        assertThat(HiddenCharacters.in("\uD83D\uDC69\u200D\uD83C\uDFEB Ana")).isFalse();
        assertThat(HiddenCharacters.in("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66"))
                .isFalse();
    }

    @Test
    void aFlagFinishedByTagCharactersAndAPersianWordWithANonJoinerAreVisible() {
        assertThat(HiddenCharacters.in("\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67"
                        + "\uDB40\uDC7F Sam"))
                .isFalse();
        assertThat(HiddenCharacters.in("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"))
                .isFalse();
    }

    @Test
    void directionOverridesAndIsolatesAreHidden() {
        assertThat(HiddenCharacters.in("Ana\u202Enimda")).isTrue();
        assertThat(HiddenCharacters.in("\u2067Ana\u2069")).isTrue();
        assertThat(HiddenCharacters.in("Ana\u200F")).isTrue();
    }

    @Test
    void zeroWidthSpacesControlsAndAJoinerWithNothingToJoinAreHidden() {
        assertThat(HiddenCharacters.in("A\u200Bna")).isTrue();
        assertThat(HiddenCharacters.in("A\u0007na")).isTrue();
        assertThat(HiddenCharacters.in("Ana\u200D")).isTrue();
        assertThat(HiddenCharacters.in("Ana \u200D Bo")).isTrue();
        assertThat(HiddenCharacters.in("\uDB40\uDC67Ana")).isTrue();
    }
}
