package dev.fakegmail.server.internal.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What Gmail does to an accepted message (docs/gmail-smtp.md §7): a From it does not accept is replaced by the
 * default send-as address (the original kept in {@code X-Google-Original-From}), {@code Sender} when the
 * default is an alias, a missing {@code Message-ID} and {@code Date} added, and a {@code Received} header
 * prepended. The body is never touched. A {@code Bcc} header stays in what was submitted over SMTP (seen) and is
 * removed from what a Gmail API send delivers (docs/gmail-api.md §5); the envelope reaches its addresses either way.
 */
public final class GmailRewrite {
    /** Gmail writes times in US Pacific time. */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter RFC_5322 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd.HH.mm.ss", Locale.US);
    private static final String FOLD = "\r\n        ";

    private GmailRewrite() {
    }

    /**
     * What Gmail changes, without copying the body.
     *
     * @param header     the header section Gmail delivers
     * @param bodyOffset where the submitted message's empty line and body start (they follow {@code header})
     */
    public record Rewritten(byte[] header, int bodyOffset) {
    }

    /** The message as Gmail delivers it, in one array (the server keeps {@link #rewrite} instead). */
    public static byte[] deliver(byte[] submitted, SenderIdentity sender, Submission submission) {
        Rewritten rewritten = rewrite(submitted, sender, submission);
        byte[] out = new byte[rewritten.header().length + submitted.length - rewritten.bodyOffset()];
        System.arraycopy(rewritten.header(), 0, out, 0, rewritten.header().length);
        System.arraycopy(submitted, rewritten.bodyOffset(), out, rewritten.header().length,
                submitted.length - rewritten.bodyOffset());
        return out;
    }

    /** Gmail's changes to the header section of {@code submitted}. */
    public static Rewritten rewrite(byte[] submitted, SenderIdentity sender, Submission submission) {
        ZonedDateTime time = submission.acceptedAt().atZone(PACIFIC);
        return rewrite(submitted, sender, time, received(submission, time));
    }

    /**
     * Gmail's changes to a message sent through the Gmail API ({@code users.messages.send}, docs/gmail-api.md §5):
     * the same as over SMTP, with the API's {@code Received: from <client number> named unknown by
     * gmailapi.google.com with HTTPREST} line, and without the {@code Bcc} header (the caller takes the envelope's
     * recipients from it before).
     *
     * @param clientNumber the numeric id of the OAuth client's project, as Gmail names it in that line
     */
    public static Rewritten rewriteApi(byte[] submitted, SenderIdentity sender, Instant acceptedAt,
                                       String clientNumber) {
        ZonedDateTime time = acceptedAt.atZone(PACIFIC);
        String received = "Received: from " + clientNumber + " named unknown by gmailapi.google.com with HTTPREST;"
                + " " + date(time) + "\r\n";
        HeaderBlock headers = HeaderBlock.parse(submitted);
        headers.removeAll("Bcc");
        return rewrite(headers, sender, time, received);
    }

    private static Rewritten rewrite(byte[] submitted, SenderIdentity sender, ZonedDateTime time, String received) {
        return rewrite(HeaderBlock.parse(submitted), sender, time, received);
    }

    private static Rewritten rewrite(HeaderBlock headers, SenderIdentity sender, ZonedDateTime time,
                                     String received) {
        rewriteFrom(headers, sender);
        if (!headers.has("Message-ID")) {
            headers.append("Message-ID", messageId(time.toInstant()));
        }
        if (!headers.has("Date")) {
            headers.append("Date", date(time));
        }
        headers.prependRaw(received);
        return new Rewritten(headers.headerBytes(), headers.end());
    }

    private static void rewriteFrom(HeaderBlock headers, SenderIdentity sender) {
        Optional<Integer> from = headers.find("From");
        int after = from.map(index -> index + 1).orElse(0);
        if (from.isPresent()) {
            String original = headers.rawValue(from.get());
            Optional<InternetAddress> address = firstAddress(original);
            if (address.isEmpty() || !sender.maySendAs(address.get().getAddress())) {
                String personal = address.map(InternetAddress::getPersonal).orElse(null);
                headers.replace(from.get(), "From", formatted(sender.defaultSendAs(), personal));
                headers.insert(after, "X-Google-Original-From", original.strip());
                after++;
            }
        }
        if (sender.defaultIsAlias() && !headers.has("Sender") && from.isPresent()) {
            headers.insert(after, "Sender", sender.primary());
        }
    }

    private static Optional<InternetAddress> firstAddress(String rawValue) {
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(rawValue.replace("\r\n", "").trim(), false);
            return parsed.length == 0 ? Optional.empty() : Optional.of(parsed[0]);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    private static String formatted(String address, String personal) {
        if (personal == null || personal.isBlank()) {
            return address;
        }
        try {
            return new InternetAddress(address, personal, StandardCharsets.UTF_8.name()).toString();
        } catch (UnsupportedEncodingException e) {
            return address;
        }
    }

    /** {@code Received: from <helo> ([<ip>]) by smtp.gmail.com with ESMTPSA id … (version=… cipher=… bits=…); date}. */
    private static String received(Submission submission, ZonedDateTime time) {
        return "Received: from " + submission.heloName() + " ([" + submission.clientAddress() + "])"
                + FOLD + "by smtp.gmail.com with ESMTPSA id " + submission.sessionId() + "." + ID_TIME.format(time)
                + FOLD + "(version=" + TlsNames.version(submission.tlsProtocol())
                + " cipher=" + submission.tlsCipher() + " bits=" + TlsNames.bits(submission.tlsCipher()) + ");"
                + FOLD + date(time) + "\r\n";
    }

    /** {@code <{8 hex unix time}.{8 hex}.{5–6 hex}.{4 hex}@mx.google.com>}. */
    private static String messageId(Instant acceptedAt) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "<" + String.format(Locale.ROOT, "%08x", acceptedAt.getEpochSecond())
                + "." + String.format(Locale.ROOT, "%08x", random.nextInt())
                + "." + Integer.toHexString(0x10000 + random.nextInt(0x1000000 - 0x10000))
                + "." + String.format(Locale.ROOT, "%04x", random.nextInt(0x10000)) + "@mx.google.com>";
    }

    /** An RFC 5322 date in US Pacific time with the zone's abbreviation: {@code Mon, 02 Mar 2026 02:00:00 -0800 (PST)}. */
    static String date(ZonedDateTime time) {
        String zone = time.getZone().getRules().isDaylightSavings(time.toInstant()) ? "PDT" : "PST";
        return RFC_5322.format(time) + " (" + zone + ")";
    }
}
