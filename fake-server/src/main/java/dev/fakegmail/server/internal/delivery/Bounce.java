package dev.fakegmail.server.internal.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gmail's bounce for a recipient that does not exist: "Delivery Status Notification (Failure)" from
 * {@code Mail Delivery Subsystem <mailer-daemon@googlemail.com>}, a {@code multipart/report} (RFC 3464) with Gmail's
 * human text, the {@code message/delivery-status} part and the original message's headers
 * (docs/gmail-imap.md §7).
 */
public final class Bounce {
    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("EEE, d MMM yyyy HH:mm:ss xx (zzz)", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final String NO_SUCH_USER = "The email account that you tried to reach does not exist. Please try"
            + " double-checking the recipient's email address for typos or unnecessary spaces. For more information,"
            + " go to https://support.google.com/mail/?p=NoSuchUser";

    private Bounce() {
    }

    /**
     * The bounce's bytes.
     *
     * @param sender     the account that sent the message, who receives the bounce
     * @param missing    the recipients that do not exist, at least one
     * @param original   the message as it was stored (its header block is quoted)
     * @param acceptedAt when the message was accepted; the bounce is dated the same
     */
    public static byte[] of(String sender, List<String> missing, byte[] original, Instant acceptedAt) {
        String boundary = "000000000000" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8);
        String date = DATE.format(acceptedAt);
        String headers = headers(original);
        Optional<String> messageId = field(headers, "Message-ID");
        StringBuilder text = new StringBuilder(1024 + headers.length())
                .append("Delivered-To: ").append(sender).append(CRLF)
                .append("Return-Path: <>").append(CRLF)
                .append("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>").append(CRLF)
                .append("To: ").append(sender).append(CRLF)
                .append("Auto-Submitted: auto-replied").append(CRLF)
                .append("Subject: Delivery Status Notification (Failure)").append(CRLF);
        messageId.ifPresent(id -> text.append("References: ").append(id).append(CRLF)
                .append("In-Reply-To: ").append(id).append(CRLF));
        text.append("X-Failed-Recipients: ").append(String.join(", ", missing)).append(CRLF)
                .append("MIME-Version: 1.0").append(CRLF)
                .append("Content-Type: multipart/report; boundary=\"").append(boundary)
                .append("\"; report-type=delivery-status").append(CRLF)
                .append("Date: ").append(date).append(CRLF)
                .append("Message-ID: <").append(boundary).append("@mx.google.com>").append(CRLF).append(CRLF);
        part(text, boundary, "text/plain; charset=\"UTF-8\"", human(missing));
        part(text, boundary, "message/delivery-status", status(missing, date));
        part(text, boundary, "text/rfc822-headers", headers);
        text.append("--").append(boundary).append("--").append(CRLF);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String human(List<String> missing) {
        String who = String.join(", ", missing);
        return CRLF + "** Address not found **" + CRLF + CRLF
                + "Your message wasn't delivered to " + who + " because the address couldn't be found, or is unable"
                + " to receive mail." + CRLF + CRLF
                + "Learn more here: https://support.google.com/mail/?p=NoSuchUser" + CRLF + CRLF
                + "The response was:" + CRLF + CRLF + NO_SUCH_USER + CRLF;
    }

    private static String status(List<String> missing, String date) {
        StringBuilder text = new StringBuilder()
                .append("Reporting-MTA: dns; googlemail.com").append(CRLF)
                .append("Arrival-Date: ").append(date).append(CRLF);
        for (String recipient : missing) {
            text.append(CRLF)
                    .append("Final-Recipient: rfc822; ").append(recipient).append(CRLF)
                    .append("Action: failed").append(CRLF)
                    .append("Status: 5.1.1").append(CRLF)
                    .append("Diagnostic-Code: smtp; 550-5.1.1 ").append(NO_SUCH_USER).append(CRLF)
                    .append("Last-Attempt-Date: ").append(date).append(CRLF);
        }
        return text.toString();
    }

    private static void part(StringBuilder text, String boundary, String type, String body) {
        text.append("--").append(boundary).append(CRLF)
                .append("Content-Type: ").append(type).append(CRLF).append(CRLF)
                .append(body).append(body.endsWith(CRLF) ? "" : CRLF);
    }

    /** The original's header block, up to (not including) the empty line. */
    private static String headers(byte[] original) {
        String message = new String(original, StandardCharsets.ISO_8859_1);
        int end = message.indexOf("\r\n\r\n");
        String block = end < 0 ? message : message.substring(0, end + 2);
        return new String(block.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static Optional<String> field(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return Optional.of(line.substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }
}
