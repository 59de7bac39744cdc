package org.sourcewise.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;

@Tier.Spring
@SourcewiseSpringTest
class NotFoundViewTest extends SpringBrowserlessTest {

    @Test
    void mistypedAddressShowsAFriendlyPageToAnonymousVisitors() {
        navigate("articles/not-a-number", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
