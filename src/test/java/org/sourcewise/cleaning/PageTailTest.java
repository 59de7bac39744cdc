package org.sourcewise.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

@Tier.Fast
class PageTailTest {

    @Test
    void recognisesTruncatedAndDatelinedTeasers() {
        assertThat(PageTail.isTeaser(
                        "New Delhi, Sept 29- According to data updated on Thursday by the ministry, 4,272..."))
                .isTrue();
        assertThat(PageTail.isTeaser("J&K, Sept 29 \u2013 Two people were injured in two blasts"))
                .isTrue();
        assertThat(PageTail.isTeaser("The structure will be built for a health centre near the crash site. The\u2026"))
                .isTrue();
    }

    @Test
    void doesNotTakeArticleSentencesForTeasers() {
        assertThat(PageTail.isTeaser("China News Service, December 24. According to a report, the two countries met."))
                .isFalse();
        assertThat(PageTail.isTeaser("Ottawa, Ont. \u2014 The mayor said the plan would go ahead."))
                .isFalse();
    }

    @Test
    void dropsTeasersOnlyAfterTheEndOfTheArticle() {
        List<String> lines = List.of(
                "He paused\u2026",
                "Then he left.",
                "Related Articles",
                "Ottawa, Jan 3- A fire broke out...",
                "A quote ends here\u2026");

        assertThat(PageTail.dropAfterEndOfArticle(lines))
                .containsExactly("He paused\u2026", "Then he left.", "Related Articles");
    }

    @Test
    void dropsATrailingRunOfTeasersWithoutAnEndMarker() {
        List<String> lines =
                List.of("The vote passed.", "Toronto, Oct 2- Police said...", "Calgary, Oct 2- A storm hit...");

        assertThat(PageTail.dropAfterEndOfArticle(lines)).containsExactly("The vote passed.");
    }
}
