package org.sourcewise.practice;

import java.util.List;

/**
 * What a student gave: chosen choice indexes (one, several, an ordering, or for a matching question the match
 * chosen for each item in turn), or typed text for short-answer and numeric questions.
 */
public record Response(List<Integer> chosen, String typed) {

    static final int MAX_TYPED = 1000;

    public Response {
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
        typed = typed == null ? "" : typed.strip();
    }

    public static Response choosing(List<Integer> chosen) {
        return new Response(chosen, "");
    }

    public static Response typing(String typed) {
        return new Response(List.of(), typed);
    }
}
