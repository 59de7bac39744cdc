package org.sourcewise.testdata;

import java.util.List;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Gift;
import org.springframework.context.ApplicationContext;

/** A teacher's own questions, written in GIFT as on an article's review page. */
public final class OwnQuestions {

    private OwnQuestions() {}

    /** The first question of the GIFT text, as the question dialog reads it. */
    public static WrittenQuestion gift(String text) {
        return new WrittenQuestion.Gifted(Gift.parse(text).questions().getFirst());
    }

    /** Writes it into the article's bank, without evidence, as the teacher signed in. */
    public static KeyedQuestion write(ApplicationContext context, long articleId, String gift) {
        return context.getBean(QuestionBankService.class).write(articleId, gift(gift), List.of());
    }
}
