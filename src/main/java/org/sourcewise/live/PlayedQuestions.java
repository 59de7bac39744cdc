package org.sourcewise.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What a session plays, as its row keeps it: fixed at the start, with the choices in the order shown and the keys,
 * so that every node plays the same questions the same way. Read back only on the server.
 */
final class PlayedQuestions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<PlayedQuestion>> LIST = new TypeReference<>() {};

    private PlayedQuestions() {}

    static String write(List<PlayedQuestion> played) {
        try {
            return JSON.writeValueAsString(played);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("played questions could not be written as JSON", e);
        }
    }

    static List<PlayedQuestion> read(String json) {
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live session's played questions could not be read", e);
        }
    }
}
