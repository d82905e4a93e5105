package dev.fakegmail.http.internal.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reads the standalone's profile JSON back with Jackson: members in order, whole numbers as {@code long}. */
final class FlatJson {
    private static final ObjectMapper READER = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private FlatJson() {
    }

    /** The members of the object in {@code text}. */
    static Map<String, Object> parse(String text) {
        try {
            return READER.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
