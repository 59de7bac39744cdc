package org.sourcewise.testdata;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes the articles a test made that would stand in other tests' way on the shared context (a long one every
 * list would carry, one a search would find), with their statements and questions; the app itself never deletes an
 * article. Not for an article a quiz or an attempt holds questions of.
 */
public final class Leftovers {

    private Leftovers() {}

    /** The newest article's id, for {@link #articlesAfter}. */
    public static long lastArticle(ApplicationContext context) {
        Long last = jdbc(context).queryForObject("select max(id) from article", Long.class);
        return last == null ? 0 : last;
    }

    /** Deletes every article made after the one {@link #lastArticle} gave. */
    public static void articlesAfter(ApplicationContext context, long lastArticle) {
        jdbc(context).update("delete from article where id > ?", lastArticle);
    }

    public static void article(ApplicationContext context, long articleId) {
        jdbc(context).update("delete from article where id = ?", articleId);
    }

    private static JdbcTemplate jdbc(ApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }
}
