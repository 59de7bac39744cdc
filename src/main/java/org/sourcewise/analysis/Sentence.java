package org.sourcewise.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed sentence: its words with their dependency tree. */
record Sentence(int index, int start, int end, List<Token> tokens) {

    List<Token> children(Token parent) {
        List<Token> children = new ArrayList<>();
        for (Token token : tokens) {
            if (token.head() == parent.index()) {
                children.add(token);
            }
        }
        return children;
    }

    @Nullable
    Token child(Token parent, String relationPrefix) {
        for (Token token : tokens) {
            if (token.head() == parent.index() && token.relation().startsWith(relationPrefix)) {
                return token;
            }
        }
        return null;
    }

    @Nullable
    Token head(Token token) {
        return token.head() < 0 ? null : tokens.get(token.head());
    }

    /** The word and everything that depends on it, as the range of word indexes it covers. */
    int[] subtree(Token root) {
        int first = root.index();
        int last = root.index();
        List<Token> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Token token = pending.removeLast();
            first = Math.min(first, token.index());
            last = Math.max(last, token.index());
            pending.addAll(children(token));
        }
        return new int[] {first, last};
    }
}
