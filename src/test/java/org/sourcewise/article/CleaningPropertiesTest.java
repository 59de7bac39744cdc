package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sourcewise.Tier;

/** Whatever a teacher pastes or uploads, cleaning gives text or says in words why it cannot; it never breaks. */
@Tier.Fast
class CleaningPropertiesTest {

    @Provide
    Arbitrary<String> webCopy() {
        return Arbitraries.strings()
                .withChars("<>/=\"'&;#*_`[]()!- \n\r\t\u0000\u202eabcpdivsvgtext\u201c\u201d.")
                .ofMaxLength(600);
    }

    @Property(tries = 1500)
    void cleaningAnyTextInAnyFormatGivesTextOrAClearRefusal(
            @ForAll("webCopy") String raw, @ForAll ArticleFormat format) {
        try {
            assertThat(ArticleImports.clean(raw, format, "Title").text()).isNotBlank();
        } catch (ArticleImportException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
        }
    }
}
