package dev.fakegmail.server.internal.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Parsing of received message bytes with Jakarta Mail, shared by the mailboxes and {@code ReceivedMessage}. Which
 * part of a message is its text, HTML, an attachment or an inline part is not decided here but by
 * {@code ReceivedMessage} ({@code docs/messages.md}).
 *
 * <p>One {@link Session} is used for every parse. It has {@code mail.mime.allowutf8=true} so that raw UTF-8
 * header bytes (sent after {@code SMTPUTF8}) are read as UTF-8 rather than ISO-8859-1; RFC 2047 encoded
 * words are decoded either way.
 */
public final class MimeSupport {
    private static final Session SESSION = Session.getInstance(parsingProperties());

    private MimeSupport() {
    }

    private static Properties parsingProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }

    /** A new message parsed from the bytes (the bytes are read, not kept as the caller's array). */
    public static MimeMessage parse(byte[] data) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(data));
    }

    /**
     * The addresses of one address header, group members expanded (an empty group such as
     * {@code undisclosed-recipients:;} contributes nothing). Parsed leniently, like Jakarta Mail's own getters.
     */
    public static List<InternetAddress> addresses(MimeMessage message, String headerName) throws MessagingException {
        String value = message.getHeader(headerName, ",");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<InternetAddress> result = new ArrayList<>();
        for (InternetAddress address : InternetAddress.parseHeader(unfold(value), false)) {
            if (address.isGroup()) {
                result.addAll(List.of(address.getGroup(false)));
            } else {
                result.add(address);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The {@code Subject:} header with folding removed and RFC 2047 encoded words decoded (an undecodable word stays
     * as written), like {@link MimeMessage#getSubject()} but linear in the header's length; empty when absent.
     */
    public static String subject(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("Subject", null);
        if (raw == null) {
            return "";
        }
        String unfolded = unfold(raw);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    /**
     * Jakarta Mail's {@code MimeUtility.unfold} in one pass: a line break (CRLF, CR or LF) followed by a space or tab,
     * or at the very end, is removed (the whitespace stays); a backslash-escaped line break loses its backslash and
     * stays; any other line break stays. Jakarta Mail's own copies the rest of the value at each fold, which takes
     * seconds for a header folded 100,000 times.
     */
    public static String unfold(String value) {
        int length = value.length();
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                out.append(c);
                i++;
                continue;
            }
            int next = c == '\r' && i + 1 < length && value.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            if (i > 0 && value.charAt(i - 1) == '\\') {
                out.setLength(out.length() - 1);
                out.append(value, i, next);
            } else if (next < length && value.charAt(next) != ' ' && value.charAt(next) != '\t') {
                out.append(value, i, next);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * An address as a person reads it: {@code alice@gmail.com} without a display name, else
     * {@code Name <alice@gmail.com>} with the name decoded; the name is put in double quotes only when it holds
     * one of {@code ()<>[]:;@\,."} (so {@code "Smith, Alice" <alice@gmail.com>} but {@code Zoë <zoe@gmail.com>}).
     */
    public static String display(InternetAddress address) {
        String name = address.getPersonal();
        if (name == null || name.isBlank()) {
            return address.getAddress();
        }
        boolean quote = name.chars().anyMatch(c -> "()<>[]:;@\\,.\"".indexOf(c) >= 0);
        String shown = quote ? '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : name;
        return shown + " <" + address.getAddress() + ">";
    }

    /** A text part's content, decoded from its transfer encoding and its charset (UTF-8 when absent or unknown). */
    public static String decode(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charsetOf(part));
        }
    }

    /** The part's declared charset; UTF-8 (a superset of the default US-ASCII) when absent or unknown. */
    private static Charset charsetOf(Part part) throws MessagingException {
        try {
            String declared = new ContentType(part.getContentType()).getParameter("charset");
            if (declared == null || declared.isBlank()) {
                return StandardCharsets.UTF_8;
            }
            return Charset.forName(MimeUtility.javaCharset(declared.trim()));
        } catch (ParseException | IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
