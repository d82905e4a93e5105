package dev.fakegmail.server;

import dev.fakegmail.server.internal.store.MimeSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A message the fake Gmail accepted: the bytes as stored (after Gmail's changes to the headers), the SMTP
 * envelope, and what the session negotiated.
 *
 * <p>Immutable. The convenience accessors parse the stored bytes with Jakarta Mail on each call; when the
 * message is too malformed for that, they throw {@link IllegalStateException} naming the session, and
 * {@link #rawBytes()} still returns the message as stored.
 */
public final class ReceivedMessage {
    private static final int MAX_SUBJECT_IN_TO_STRING = 60;
    /** The id of a message made with a public constructor rather than accepted by a server. */
    static final String NO_ID = "0";

    private final String id;
    private final Envelope envelope;
    private final String sessionId;
    private final String tlsProtocol;
    private final String tlsCipher;
    private final String authMechanism;
    private final Instant acceptedAt;
    private final MessageBytes bytes;

    /**
     * Creates a received message whose stored bytes are exactly what the client submitted; the bytes are copied.
     *
     * @param envelope      the SMTP envelope
     * @param sessionId     the Gmail session id of the connection (the id in every {@code - gsmtp} reply)
     * @param tlsProtocol   the negotiated TLS protocol, e.g. {@code TLSv1.3}
     * @param tlsCipher     the negotiated cipher suite, e.g. {@code TLS_AES_256_GCM_SHA384}
     * @param authMechanism the SASL mechanism that authenticated the session, e.g. {@code PLAIN}
     * @param acceptedAt    when the server accepted the message, on the server's clock
     * @param rawBytes      the message as stored (headers and body, CRLF line ends, dot-unstuffed)
     */
    public ReceivedMessage(Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                           String authMechanism, Instant acceptedAt, byte[] rawBytes) {
        this(NO_ID, envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt,
                MessageBytes.unchanged(Objects.requireNonNull(rawBytes, "rawBytes").clone()));
    }

    /**
     * Creates a received message with both forms: what Gmail delivers and what the client submitted.
     *
     * @param rawBytes       the message as delivered and stored (after Gmail's changes to the headers)
     * @param submittedBytes the message as the client sent it (dot-unstuffed)
     */
    public ReceivedMessage(Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                           String authMechanism, Instant acceptedAt, byte[] rawBytes, byte[] submittedBytes) {
        this(NO_ID, envelope, sessionId, tlsProtocol, tlsCipher, authMechanism, acceptedAt, new MessageBytes(
                Objects.requireNonNull(submittedBytes, "submittedBytes").clone(),
                Objects.requireNonNull(rawBytes, "rawBytes").clone(), submittedBytes.length));
    }

    /** The server's own: the bytes are kept once and not copied; {@code id} comes from the journal. */
    ReceivedMessage(String id, Envelope envelope, String sessionId, String tlsProtocol, String tlsCipher,
                    String authMechanism, Instant acceptedAt, MessageBytes bytes) {
        this.id = Objects.requireNonNull(id, "id");
        this.bytes = bytes;
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.tlsProtocol = Objects.requireNonNull(tlsProtocol, "tlsProtocol");
        this.tlsCipher = Objects.requireNonNull(tlsCipher, "tlsCipher");
        this.authMechanism = Objects.requireNonNull(authMechanism, "authMechanism");
        this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /**
     * The message's id on its server: {@code "1"} for the first message accepted since the server started or was
     * reset, then {@code "2"}, and so on (a deleted message's id is not reused). A message made with a public
     * constructor has the id {@code "0"}.
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
    public java.util.Optional<String> originalFrom() {
        return header("X-Google-Original-From").stream().findFirst();
    }

    /** A new Jakarta Mail message parsed from the stored bytes on each call; changing it changes nothing here. */
    public MimeMessage mimeMessage() {
        return read("the message", message -> message);
    }

    /** The {@code Subject:} header, RFC 2047 encoded words decoded; empty when there is no subject. */
    public String subject() {
        return read("the Subject header", message -> Objects.requireNonNullElse(message.getSubject(), ""));
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
     * The plain-text body: the first {@code text/plain} part found depth-first (inside {@code multipart/alternative},
     * {@code multipart/mixed} and other multiparts; parts with {@code Content-Disposition: attachment} and
     * attached messages are skipped), decoded from its transfer encoding and charset (UTF-8 when none is
     * declared). Line ends are kept as sent (normally CRLF). Empty when the message has no such part, for example
     * an HTML-only message.
     */
    public String text() {
        return read("the text/plain body", message -> MimeSupport.plainText(message).orElse(""));
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
                    : Arrays.stream(values).map(MimeUtility::unfold).collect(Collectors.toUnmodifiableList());
        });
    }

    /** Session id, From, To and the (shortened) subject; never fails, even for a malformed message. */
    @Override
    public String toString() {
        return "ReceivedMessage[session=" + sessionId + ", from=" + safely(this::from)
                + ", to=" + safely(() -> String.valueOf(to())) + ", subject=" + shortened(safely(this::subject)) + "]";
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
