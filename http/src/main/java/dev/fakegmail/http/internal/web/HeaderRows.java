package dev.fakegmail.http.internal.web;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header fields of a message as Gmail delivers it, each marked against what the client submitted: kept, added
 * by Gmail (its {@code Received:}, a {@code Message-ID:} or {@code Date:} it supplied, a {@code From:} it replaced,
 * {@code X-Google-Original-From:}, {@code Sender:} — docs/gmail-smtp.md §7), and the submitted fields Gmail
 * replaced, shown right after the field that took their place.
 */
final class HeaderRows {
    /** How a field compares with the submitted message. */
    enum Mark { KEPT, ADDED, REPLACED }

    /**
     * One field.
     *
     * @param name  the field name as written
     * @param value the value, unfolded (each fold read as one space), not decoded
     * @param mark  whether Gmail added it, replaced it, or kept it
     */
    record Row(String name, String value, Mark mark) {
    }

    /** A line break and the white space that continues a folded field: read as one space (RFC 5322 unfolding). */
    private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]+");

    private HeaderRows() {
    }

    /** Compares the delivered header section with the submitted one (each read from the start of its message). */
    static List<Row> compare(byte[] delivered, byte[] submitted) throws MessagingException {
        List<Row> sent = fields(submitted, Mark.REPLACED);
        Map<String, Integer> unmatched = new HashMap<>();
        sent.forEach(row -> unmatched.merge(key(row), 1, Integer::sum));
        List<Row> rows = new ArrayList<>();
        for (Row row : fields(delivered, Mark.KEPT)) {
            boolean kept = unmatched.getOrDefault(key(row), 0) > 0;
            if (kept) {
                unmatched.merge(key(row), -1, Integer::sum);
            }
            rows.add(kept ? row : new Row(row.name(), row.value(), Mark.ADDED));
        }
        for (Row replaced : sent) {
            if (unmatched.getOrDefault(key(replaced), 0) > 0) {
                unmatched.merge(key(replaced), -1, Integer::sum);
                rows.add(insertionPoint(rows, replaced.name()), replaced);
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** After the field Gmail added with the same name, else at the end. */
    private static int insertionPoint(List<Row> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mark() == Mark.ADDED && rows.get(i).name().equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return rows.size();
    }

    private static List<Row> fields(byte[] message, Mark mark) throws MessagingException {
        InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(message), true);
        List<Row> rows = new ArrayList<>();
        for (Header header : Collections.list(headers.getAllHeaders())) {
            rows.add(new Row(header.getName(), FOLD.matcher(header.getValue()).replaceAll(" ").strip(), mark));
        }
        return rows;
    }

    private static String key(Row row) {
        return row.name().toLowerCase(Locale.ROOT) + ":" + row.value();
    }
}
