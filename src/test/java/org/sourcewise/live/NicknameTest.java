package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class NicknameTest {

    @Test
    void tidiesSpaces() {
        assertThat(Nickname.clean("  Ana \t Lima ")).isEqualTo("Ana Lima");
    }

    @Test
    void keepsMarkupAsTheTextItIs() {
        assertThat(Nickname.clean("<b>Bo</b>")).isEqualTo("<b>Bo</b>");
    }

    @Test
    void limitsTheLengthInCharactersNotBytes() {
        assertThat(Nickname.clean("é".repeat(LiveLimits.NICKNAME))).hasSize(LiveLimits.NICKNAME);
        assertThat(Nickname.clean("😀".repeat(LiveLimits.NICKNAME))).isNotEmpty();
        assertThatThrownBy(() -> Nickname.clean("x".repeat(LiveLimits.NICKNAME + 1)))
                .isInstanceOf(LiveException.class)
                .hasMessageContaining("at most 20");
    }

    @Test
    void refusesEmptyAndInvisibleNames() {
        assertThatThrownBy(() -> Nickname.clean("   ")).hasMessage("Choose a nickname.");
        assertThatThrownBy(() -> Nickname.clean(null)).hasMessage("Choose a nickname.");
        assertThatThrownBy(() -> Nickname.clean("a\u0000b")).hasMessageContaining("invisible");
        assertThatThrownBy(() -> Nickname.clean("a\u202Eb")).hasMessageContaining("invisible");
    }

    @Test
    void welcomesEmojiJoinedByZeroWidthJoiners() {
        assertThat(Nickname.clean("\uD83D\uDC69\u200D\uD83C\uDFEB Ana")).isEqualTo("👩‍🏫 Ana");
        assertThat(Nickname.clean("👨‍👩‍👧‍👦 Lima")).isEqualTo("👨‍👩‍👧‍👦 Lima");
    }
}
