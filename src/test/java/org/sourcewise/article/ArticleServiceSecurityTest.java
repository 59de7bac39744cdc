package org.sourcewise.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Who may do what with articles, through the real service and its method security. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class ArticleServiceSecurityTest {

    @Autowired
    private ArticleService articles;

    private static final ArticleDetails DETAILS = new ArticleDetails("Title", null, null, null);

    @Test
    void anonymousVisitorsReadTheLibraryButCannotImport() {
        assertThat(articles.findArticles("")).isNotEmpty();
        assertThatThrownBy(() -> articles.importArticle(DETAILS, "raw", "Text."))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.STUDENT)
    void studentsCannotImport() {
        assertThatThrownBy(() -> articles.importArticle(DETAILS, "raw", "Text."))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> articles.readUpload(new byte[] {1})).isInstanceOf(AuthorizationDeniedException.class);
    }
}
