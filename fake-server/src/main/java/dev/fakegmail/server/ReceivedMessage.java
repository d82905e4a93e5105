package dev.fakegmail.server;

import dev.fakegmail.server.internal.mime.MimeSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A message the fake Gmail accepted: the bytes as stored (after Gmail's changes to the headers), the SMTP
 * envelope, and what the session negotiated.
 *
 * <p>Immutable. The header accessors parse the stored bytes with Jakarta Mail on each call; the parts (text, HTML,
 * attachments, inline parts) are taken apart once, on first demand, and kept. When the message is too malformed for
 * that, they throw {@link IllegalStateException} naming the session, and {@link #rawBytes()} still returns the
 * message as stored.
 */
public final class ReceivedMessage {
    private static final int MAX_SUBJECT_IN_TO_STRING = 60;

    private final String id;
    private final Envelope envelope;
    private final String sessionId;
    private final String tlsProtocol;
    private final String tlsCipher;
    private final String authMechanism;
    private final Instant acceptedAt;
    private final MessageBytes bytes;
    /** The parts, taken apart on first demand (never on the SMTP reply path) and kept; immutable. */
    private volatile MessageContent content;
    /** What list views read, taken out once after the {@code 250} (or on first demand) and kept; immutable. */
    private volatile MessageSummary summary;

    /** Made by the server's journal and the test fixture {@code ReceivedMessages}; the bytes are not copied. */
    ReceivedMessage(String id, Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                    String authMechanism, Instant acceptedAt, MessageBytes bytes) {
        this.id = Objects.requireNonNull(id, "id");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.tlsProtocol = Objects.requireNonNull(tlsProtocol, "tlsProtocol");
        this.tlsCipher = Objects.requireNonNull(tlsCipher, "tlsCipher");
        this.authMechanism = Objects.requireNonNull(authMechanism, "authMechanism");
        this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /**
     * The message's id within the server that accepted it: the decimal sequence number {@code "1"}, {@code "2"}, …
     * in the order messages were accepted, restarting at 1 after {@link FakeGmailServer#reset()}; the key of
     * {@link FakeGmailServer#message(String)} and {@link FakeGmailServer#deleteMessage(String)}. {@code "0"} for a
     * message a test fixture made without one; {@code "inbound-1"}, {@code "inbound-2"}, … for mail that arrived from
     * outside ({@link FakeGmailServer#inboundMessages()}).
     */
    public String id() {
        return id;
    }

    /** The SMTP envelope (authenticated account, {@code MAIL FROM}, {@code RCPT TO}). */
    public Envelope envelope() {
        return envelope;
    }

    /** The Gmail session id of the connection that delivered the message. */
    public String sessionId() {
        return sessionId;
    }

    /** The negotiated TLS protocol, e.g. {@code TLSv1.3}. */
    public String tlsProtocol() {
        return tlsProtocol;
    }

    /** The negotiated cipher suite, e.g. {@code TLS_AES_256_GCM_SHA384}. */
    public String tlsCipher() {
        return tlsCipher;
    }

    /** The SASL mechanism that authenticated the session: {@code PLAIN}, {@code LOGIN}, {@code XOAUTH2}, ... */
    public String authMechanism() {
        return authMechanism;
    }

    /** When the server accepted the message, on the server's clock. */
    public Instant acceptedAt() {
        return acceptedAt;
    }

    /**
     * A copy of the message bytes as Gmail delivers and stores them: with the {@code Received:} header Gmail
     * prepends, and its changes to {@code From:}, {@code Message-ID:} and {@code Date:}.
     */
    public byte[] rawBytes() {
        return bytes.delivered();
    }

    /** A copy of the message bytes exactly as the client submitted them (after dot-unstuffing). */
    public byte[] submittedBytes() {
        return bytes.submitted();
    }

    /** The original {@code From:} when Gmail replaced it (its {@code X-Google-Original-From:} header). */
    public Optional<String> originalFrom() {
        return header("X-Google-Original-From").stream().findFirst();
    }

    /** A new Jakarta Mail message parsed from the stored bytes on each call; changing it changes nothing here. */
    public MimeMessage mimeMessage() {
        return read("the message", message -> message);
    }

    /** The {@code Subject:} header, RFC 2047 encoded words decoded; empty when there is no subject. */
    public String subject() {
        return read("the Subject header", MimeSupport::subject);
    }

    /**
     * The {@code From:} header's addresses as a person reads them, display names decoded: {@code alice@gmail.com}
     * or {@code Alice <alice@gmail.com>} ({@code Zoë <zoe@gmail.com>} for an RFC 2047 encoded name; a name with
     * punctuation such as {@code "Smith, Alice"} stays quoted), several joined by {@code ", "}; empty when there
     * is no {@code From:} header. {@code Sender:} is not consulted.
     */
    public String from() {
        return read("the From header", message -> MimeSupport.addresses(message, "From").stream()
                .map(MimeSupport::display)
                .collect(Collectors.joining(", ")));
    }

    /**
     * The addresses of the {@code To:} header (just the {@code local@domain} part, group members expanded);
     * empty when there is no {@code To:} header. For everyone the message was sent to, see {@link #envelope()}.
     */
    public List<String> to() {
        return read("the To header", message -> MimeSupport.addresses(message, "To").stream()
                .map(InternetAddress::getAddress)
                .collect(Collectors.toUnmodifiableList()));
    }

    /**
     * The plain-text body: the first {@code text/plain} part, depth first, that has no file name and is not marked
     * {@code Content-Disposition: attachment} (parts of an attached message are not looked at), decoded from its
     * transfer encoding and charset (UTF-8 when none is declared). Line ends are kept as sent (normally CRLF). Empty
     * when the message has no such part, for example an HTML-only message. The rule is in {@code docs/messages.md}.
     */
    public String text() {
        return content().text().orElse("");
    }

    /**
     * The HTML body: the first {@code text/html} part chosen by the rule of {@link #text()}, decoded; empty when the
     * message has none (a plain-text message, or one whose only HTML is an attached file).
     */
    public Optional<String> html() {
        return content().html();
    }

    /**
     * The attachments, in the order they appear: parts marked {@code Content-Disposition: attachment}, attached
     * messages ({@code message/rfc822}, named after their subject), named parts, and every other part that is
     * neither a body nor an inline part; unnamed ones get a stable name ({@code attachment-2.pdf},
     * {@code invite.ics}). The rule is in {@code docs/messages.md}.
     */
    public List<MessagePart> attachments() {
        return content().attachments();
    }

    /**
     * The inline parts, in the order they appear: parts with a {@code Content-ID} (which the HTML shows as
     * {@code cid:…}) that are marked {@code inline} or sit in a {@code multipart/related}, and are not attachments.
     */
    public List<MessagePart> inlineParts() {
        return content().inlineParts();
    }

    /**
     * Every value of a header, in order, unfolded but not decoded (as it was stored); empty when absent.
     *
     * @param name the header name, case-insensitive
     */
    public List<String> header(String name) {
        Objects.requireNonNull(name, "name");
        return read("the " + name + " header", message -> {
            String[] values = message.getHeader(name);
            return values == null ? List.of()
                    : Arrays.stream(values).map(MimeSupport::unfold).collect(Collectors.toUnmodifiableList());
        });
    }

    /**
     * What list views and filters read (envelope, From, To, subject, Message-ID, size, attachment names), taken out
     * of the message once and kept: the server does it after the message's {@code 250} was flushed, so the reply
     * never waits for it. Never fails: a malformed message gets a summary from its envelope.
     */
    public MessageSummary summary() {
        MessageSummary known = summary;
        if (known == null) {
            known = SummaryReader.of(id, envelope, acceptedAt, bytes.delivered());
            summary = known;
        }
        return known;
    }

    /** Session id, From, To and the (shortened) subject; never fails, even for a malformed message. */
    @Override
    public String toString() {
        return "ReceivedMessage[session=" + sessionId + ", from=" + safely(this::from)
                + ", to=" + safely(() -> String.valueOf(to())) + ", subject=" + shortened(safely(this::subject)) + "]";
    }

    private MessageContent content() {
        MessageContent known = content;
        if (known == null) {
            known = read("its parts", PartWalk::of);
            content = known;
        }
        return known;
    }

    private <T> T read(String what, Reader<T> reader) {
        try {
            return reader.read(MimeSupport.parse(bytes.delivered()));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot parse the received message " + sessionId + " (reading " + what
                    + "): " + e.getMessage() + ". The stored bytes are available from rawBytes().", e);
        }
    }

    private static String safely(Supplier<String> value) {
        try {
            return value.get();
        } catch (IllegalStateException e) {
            return "<unparseable>";
        }
    }

    private static String shortened(String text) {
        return text.length() <= MAX_SUBJECT_IN_TO_STRING ? text : text.substring(0, MAX_SUBJECT_IN_TO_STRING) + "…";
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(MimeMessage message) throws MessagingException, IOException;
    }
}
