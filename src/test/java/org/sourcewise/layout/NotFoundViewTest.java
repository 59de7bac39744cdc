package org.sourcewise.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tier.Spring
@SpringBootTest
@ActiveProfiles("test")
class NotFoundViewTest extends SpringBrowserlessTest {

    @Test
    void mistypedAddressShowsAFriendlyPageToAnonymousVisitors() {
        navigate("articles/not-a-number", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
