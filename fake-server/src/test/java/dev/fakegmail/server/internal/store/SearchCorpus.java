package dev.fakegmail.server.internal.store;

import dev.fakegmail.server.Envelope;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.ReceivedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Random messages for the search tests: mixed case, non-ASCII subjects, several recipients, some attachments. */
final class SearchCorpus {
    static final List<String> NAMES = List.of("Alice", "bob", "ZOË", "İlker", "straße", "Ünal", "carol", "Dave");
    static final List<String> DOMAINS = List.of("gmail.com", "Example.COM", "mail.example.org", "exämple.de");
    static final List<String> WORDS = List.of("Invoice", "report", "MEETING", "notes", "Straße", "İstanbul",
            "déjà", "vu", "quarterly", "Q3", "x", "follow-up", "re:", "ıi", "ΣΊΣΥΦΟΣ", "ﬁle");
    static final List<String> FILES = List.of("Report-Q3.pdf", "invoice_114.PDF", "photo.JPG", "notes.txt");

    private final Random random;

    SearchCorpus(long seed) {
        this.random = new Random(seed);
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    String address() {
        return pick(NAMES).toLowerCase(java.util.Locale.ROOT).replace("ß", "ss") + random.nextInt(5) + "@"
                + pick(DOMAINS);
    }

    String subject() {
        StringBuilder subject = new StringBuilder();
        for (int i = random.nextInt(5); i >= 0; i--) {
            subject.append(pick(WORDS)).append(i > 0 ? " " : "");
        }
        return subject.append(' ').append(random.nextInt(1000)).toString();
    }

    /** A message made from its id, as the journal's {@code add} takes it. */
    Function<String, ReceivedMessage> message() {
        String account = address();
        List<String> recipients = random.nextInt(4) == 0 ? List.of(address(), address()) : List.of(address());
        String subject = subject();
        boolean attachment = random.nextInt(3) == 0;
        String file = pick(FILES);
        int padding = random.nextInt(300);
        String fromName = pick(NAMES);
        return id -> {
            String head = "From: " + fromName + " <" + account + ">\r\nTo: " + String.join(", ", recipients)
                    + "\r\nSubject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                    subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\nMessage-ID: <Id-" + id + "." + subject.length()
                    + "@Mail.Example>\r\nMIME-Version: 1.0\r\n";
            String body = attachment
                    ? "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                    + "x".repeat(padding) + "\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Disposition: attachment; filename=\"" + file + "\"\r\n\r\nAAAA\r\n--b--\r\n"
                    : "Content-Type: text/plain\r\n\r\n" + "x".repeat(padding) + "\r\n";
            byte[] data = (head + body).getBytes(StandardCharsets.UTF_8);
            return ReceivedMessages.withId(id, new Envelope(account, account, recipients), "sess-" + id,
                    "TLSv1.3", "TLS_AES_256_GCM_SHA384", "PLAIN", Instant.EPOCH.plusSeconds(Long.parseLong(id)),
                    data, data);
        };
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }
}
