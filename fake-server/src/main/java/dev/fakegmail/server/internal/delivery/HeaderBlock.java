package dev.fakegmail.server.internal.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header section of a submitted message as raw fields (folding kept), so headers can be added or replaced
 * while every other byte of the message, the body above all, stays exactly as submitted.
 */
final class HeaderBlock {
    private final List<String> fields;
    private final int end;

    private HeaderBlock(List<String> fields, int end) {
        this.fields = fields;
        this.end = end;
    }

    /**
     * Splits a message at its first empty line; the empty line and the body are not copied. Linear in the size of
     * the header section however many continuation lines a field has (each field is built once).
     */
    static HeaderBlock parse(byte[] message) {
        int end = HeaderSection.end(message);
        String header = new String(message, 0, end, StandardCharsets.ISO_8859_1);
        List<String> fields = new ArrayList<>();
        StringBuilder field = null;
        int start = 0;
        while (start < header.length()) {
            int lineEnd = header.indexOf('\n', start);
            int next = lineEnd < 0 ? header.length() : lineEnd + 1;
            char first = header.charAt(start);
            if (field == null || (first != ' ' && first != '\t')) {
                if (field != null) {
                    fields.add(field.toString());
                }
                field = new StringBuilder(next - start);
            }
            field.append(header, start, next);
            start = next;
        }
        if (field != null) {
            fields.add(field.toString());
        }
        return new HeaderBlock(fields, end);
    }

    /** The index of the first field with this name (case-insensitive). */
    Optional<Integer> find(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (isNamed(fields.get(i), name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    boolean has(String name) {
        return find(name).isPresent();
    }

    /** The raw value of field {@code index}: after the colon, folding kept, without the final line ending. */
    String rawValue(int index) {
        String field = fields.get(index);
        String value = field.substring(field.indexOf(':') + 1);
        return value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    }

    void replace(int index, String name, String value) {
        fields.set(index, name + ": " + value + "\r\n");
    }

    void insert(int index, String name, String value) {
        fields.add(index, name + ": " + value + "\r\n");
    }

    void prependRaw(String field) {
        fields.add(0, field);
    }

    /** Removes every field with this name (case-insensitive). */
    void removeAll(String name) {
        fields.removeIf(field -> isNamed(field, name));
    }

    /** Adds a field at the end of the header section. */
    void append(String name, String value) {
        fields.add(name + ": " + value + "\r\n");
    }

    /** The header section as it now stands (to replace the message's bytes before {@link #end()}). */
    byte[] headerBytes() {
        StringBuilder header = new StringBuilder();
        fields.forEach(header::append);
        return header.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Where the parsed message's header section ended: its empty line and body start here. */
    int end() {
        return end;
    }

    private static boolean isNamed(String field, String name) {
        int colon = field.indexOf(':');
        return colon > 0 && field.substring(0, colon).trim().equalsIgnoreCase(name);
    }
}
