package org.sourcewise.analysis;

/** Who a statement is attributed to, as the sentence names it: a word range of one sentence. */
record Mention(Sentence sentence, int first, int last, Token head) {

    String text(ParsedText parsed) {
        return parsed.slice(
                sentence.tokens().get(first).start(),
                sentence.tokens().get(last).end());
    }
}
