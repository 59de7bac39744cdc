package org.sourcewise.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One word of a parsed sentence. Offsets count characters of the article text; {@code head} is the index
 * (in the sentence) of the word this one depends on, -1 for the root; {@code timex} is the normalised
 * date of a date expression ("2022-01-27", "XXXX-WXX-4"), else null.
 */
record Token(
        int index,
        String word,
        String lemma,
        String pos,
        String ner,
        int start,
        int end,
        int head,
        String relation,
        @Nullable String timex) {

    /** The same word hung elsewhere in the sentence's tree. */
    Token attachedTo(int newHead, String newRelation) {
        return new Token(index, word, lemma, pos, ner, start, end, newHead, newRelation, timex);
    }

    boolean isVerb() {
        return pos.startsWith("VB");
    }

    boolean isNoun() {
        return pos.startsWith("NN") || pos.equals("PRP");
    }

    boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
