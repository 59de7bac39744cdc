package org.sourcewise.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;

/** The library view on the real app context, with the five seed articles loaded at start. */
@Tier.Spring
@SourcewiseSpringTest
class LibraryViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void signInAsAStudent() {
        // The library is for signed-in readers; anonymous visitors reach only the sign-in and join pages.
        SignedIn.as("reader", Roles.STUDENT);
    }

    private List<String> listedTitles() {
        return find(RouterLink.class).withClassName("article-title").all().stream()
                .map(RouterLink::getText)
                .toList();
    }

    @Test
    void listsEverySeedArticleNewestFirst() {
        navigate(LibraryView.class);

        // Tests sharing this context import articles of 2019, older than every seed, so they are listed after them.
        assertThat(listedTitles())
                .startsWith(
                        "Russia starts drills in Belarus as Britain warns Moscow",
                        "Still significant divides between Russia and U.S. over Ukraine issue",
                        "US and Russia investigate Ukraine crisis while Blinken visits Kyiv",
                        "Russia and Ukraine hold rival military exercises amid cautious optimism",
                        "Biden and Putin to hold video call as tensions over Ukraine rise");
    }

    @Test
    void showsSourceDateAndWordCountOfEachArticle() {
        navigate(LibraryView.class);

        ListItem first = find(ListItem.class).withClassName("article-card").first();
        assertThat(first.getElement().getTextRecursively())
                .contains("unknown news site")
                .contains("10 February 2022")
                .containsPattern("\\d+ words");
    }

    @Test
    void searchNarrowsTheListToMatchingArticles() {
        navigate(LibraryView.class);

        test(find(TextField.class).single()).setValue("Truss");

        assertThat(listedTitles()).containsExactly("Russia starts drills in Belarus as Britain warns Moscow");
    }

    @Test
    void searchFindsArticlesWithEveryWordInAnyOrder() {
        navigate(LibraryView.class);

        test(find(TextField.class).single()).setValue("  truss   BELARUS ");

        assertThat(listedTitles()).containsExactly("Russia starts drills in Belarus as Britain warns Moscow");
    }

    @Test
    void searchWithoutMatchSaysSoInsteadOfShowingAnEmptyPage() {
        navigate(LibraryView.class);

        test(find(TextField.class).single()).setValue("<b>no such words</b>");

        assertThat(listedTitles()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("empty-message").single().getText())
                .isEqualTo("No article matches \u201c<b>no such words</b>\u201d.");
    }

    @Test
    void saysHowFarTheBackgroundAnalysisHasCome() {
        navigate(LibraryView.class);

        assertThat(find(Div.class)
                        .withClassName("analysis-progress")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .matches("Finding who said what in the library: \\d+ of "
                        + listedTitles().size() + " articles done");
    }

    @Test
    void clickingATitleOpensTheArticle() {
        navigate(LibraryView.class);

        test(find(RouterLink.class)
                        .withText("Russia starts drills in Belarus as Britain warns Moscow")
                        .single())
                .click();

        assertThat(getCurrentView()).isInstanceOf(ReadingView.class);
        assertThat(find(H1.class).single().getText())
                .isEqualTo("Russia starts drills in Belarus as Britain warns Moscow");
    }
}
