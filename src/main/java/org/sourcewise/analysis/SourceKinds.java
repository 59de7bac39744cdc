package org.sourcewise.analysis;

import java.util.List;
import java.util.Locale;

/**
 * What kind of source a description is, when it names no person: the rules below, in order, decide. They
 * follow the gold's convention: a source is unnamed when a reader cannot tell who it is ("officials", "a
 * government source", "US authorities", "reports"); a body the article identifies ("the police", "the ministry",
 * "the commission") is an organisation even without its full name.
 */
final class SourceKinds {

    private SourceKinds() {}

    static SourceKind of(Mention mention) {
        List<Token> tokens = mention.sentence().tokens();
        Token head = mention.head();
        for (int i = mention.first(); i <= mention.last(); i++) {
            Token token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (token.isProperNoun() && Lexicon.PUBLICATION_WORDS.contains(word)
                    || word.equals("magazine")
                    || word.equals("newspaper")) {
                return SourceKind.PUBLICATION;
            }
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        // "the Saudi Press Agency" is a name; "agencies", "officials" and "US authorities" are not
        if (!head.pos().equals("NNP") && Lexicon.UNNAMED_SOURCE_HEADS.contains(lemma)) {
            return SourceKind.ANONYMOUS;
        }
        Token first = tokens.get(mention.first());
        if (Lexicon.INDEFINITE_DETERMINERS.contains(first.word().toLowerCase(Locale.ROOT)) && !head.isProperNoun()) {
            return SourceKind.ANONYMOUS;
        }
        return SourceKind.ORGANIZATION;
    }
}
