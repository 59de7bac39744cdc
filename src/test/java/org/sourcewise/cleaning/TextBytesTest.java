package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class TextBytesTest {

    /** The reason TextBytes.text gives for refusing the bytes, or empty when it takes them. */
    private static Optional<String> whyNotText(byte[] bytes) {
        try {
            TextBytes.text(bytes);
            return Optional.empty();
        } catch (TextBytes.NotText e) {
            return Optional.of(e.getMessage());
        }
    }

    private static final String SENTENCE = "The minister said on Friday that the plan would go ahead.";

    @Test
    void utf8TextIsTextAndLosesItsByteOrderMark() throws TextBytes.NotText {
        byte[] bytes = ("\uFEFF" + SENTENCE + " Élodie agreed.").getBytes(StandardCharsets.UTF_8);

        assertThat(whyNotText(bytes)).isEmpty();
        assertThat(TextBytes.text(bytes)).isEqualTo(SENTENCE + " Élodie agreed.");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedInEitherByteOrder() {
        assertThat(whyNotText(SENTENCE.getBytes(StandardCharsets.UTF_16LE)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("it is saved as UTF-16"));
        assertThat(whyNotText(SENTENCE.getBytes(StandardCharsets.UTF_16BE)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("it is saved as UTF-16"));
    }

    @Test
    void utf16WithAByteOrderMarkIsNamed() {
        assertThat(whyNotText(SENTENCE.getBytes(StandardCharsets.UTF_16)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("it is saved as UTF-16"));
    }

    @Test
    void latin1IsNotUtf8() {
        assertThat(whyNotText("Où est l'été?".getBytes(StandardCharsets.ISO_8859_1)))
                .hasValue("it is not UTF-8 text; save it again as UTF-8");
    }

    @Test
    void aNulMeansBinaryData() {
        assertThat(whyNotText("%PDF-1.4\0\0\u0001 stream".getBytes(StandardCharsets.UTF_8)))
                .hasValue("it holds binary data, not text");
    }

    @Test
    void aPictureIsBinaryDataEvenWithoutANul() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0x0b, '0', 'U', (byte) 0x9f, (byte) 0xc4};

        assertThat(whyNotText(png)).hasValue("it holds binary data, not text");
    }

    @Test
    void aStrayControlCharacterInUtf8TextIsLeftToTheCallerToPointAt() {
        assertThat(whyNotText("Who said it?\u000b {=a ~b}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void randomBytesAreNeverTakenForUtf16() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);

        assertThat(whyNotText(bytes))
                .hasValueSatisfying(reason -> assertThat(reason).doesNotContain("UTF-16"));
    }

    @Test
    void anArticlesTextMayHoldLineBreaksAndTabsButNoOtherControlCharacter() {
        assertThat(TextBytes.whyNotArticleText("The minister said:\r\n\t\"We will go ahead.\""))
                .isEmpty();
        assertThat(TextBytes.whyNotArticleText("The minister\u0007 said it."))
                .hasValue("it holds binary data, not text");
    }

    @Test
    void binaryDataIsNamedAsSuchEvenWhereItAlsoHoldsLostLetters() {
        assertThat(TextBytes.whyNotArticleText("PNG\uFFFD\u001a\uFFFD")).hasValue("it holds binary data, not text");
    }

    @Test
    void lettersLostToAWrongDecodingAreNamedWithWhatToDo() {
        assertThat(TextBytes.whyNotArticleText("O\uFFFD est l'\uFFFDt\uFFFD ?"))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("it holds characters lost in copying")
                        .endsWith("save the file as UTF-8"));
    }
}
