package org.sourcewise.bank;

import org.jsoup.Jsoup;
import org.sourcewise.quiz.gift.Stem;
import org.sourcewise.quiz.gift.TextFormat;

/** A GIFT question's text as a student reads it: always plain text, with a blank where a missing word goes. */
final class Stems {

    private Stems() {
    }

    static String shown(Stem stem) {
        String text = plain(stem.format(), stem.text());
        return stem.isMissingWord() ? text + " _____ " + plain(stem.format(), stem.textAfterAnswers()) : text;
    }

    /** HTML is never shown as markup: a teacher's file could hold a script. */
    static String plain(TextFormat format, String text) {
        return format == TextFormat.HTML ? Jsoup.parse(text).text() : text;
    }
}
