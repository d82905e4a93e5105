package dev.fakegmail.server;

import dev.fakegmail.server.internal.activity.ActivityLog;
import dev.fakegmail.server.internal.delivery.GmailRewrite;
import dev.fakegmail.server.internal.delivery.SenderIdentity;
import dev.fakegmail.server.internal.smtp.SmtpConfig;
import dev.fakegmail.server.internal.store.MessageJournal;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Gmail does with a message sent through its API (docs/gmail-api.md §5): the envelope comes from the
 * {@code To}, {@code Cc} and {@code Bcc} headers, then the message takes the SMTP submission's path — the daily
 * sending limit, the 35 MiB limit, Gmail's rewrite, the journal, the mailboxes and the activity log.
 */
final class ApiSender {
    /** The mechanism and session id prefix that mark a message as sent through the Gmail API. */
    static final String DOOR = "GMAIL_API";
    /** The client number in the API's {@code Received} line (Google's is the OAuth client's project number). */
    private static final String CLIENT_NUMBER = "1000000000000";

    private final Clock clock;
    private final MessageJournal journal;
    private final Mailboxes mailboxes;
    private final ActivityLog activity;
    private final AtomicLong requests = new AtomicLong();

    ApiSender(Clock clock, MessageJournal journal, Mailboxes mailboxes, ActivityLog activity) {
        this.clock = clock;
        this.journal = journal;
        this.mailboxes = mailboxes;
        this.activity = activity;
    }

    ReceivedMessage send(GmailAccount account, byte[] submitted) {
        byte[] data = withinLimit(crlf(submitted));
        List<String> recipients = addresses(data);
        if (recipients.isEmpty()) {
            throw new MessageRefusedException(MessageRefusedException.Reason.NO_RECIPIENT,
                    "Recipient address required");
        }
        if (!account.maySendNow()) {
            throw new MessageRefusedException(MessageRefusedException.Reason.DAILY_LIMIT, "Account "
                    + account.address() + " sent " + account.sentInLast24Hours() + " messages in the last 24 hours,"
                    + " its daily sending limit; wait, or raise it with AccountSettings dailySendingLimit(n)");
        }
        Instant now = clock.instant();
        SenderIdentity sender = new SenderIdentity(account.address(), account.sendAsAliases(), account.defaultSendAs());
        GmailRewrite.Rewritten rewritten = GmailRewrite.rewriteApi(data, sender, now, CLIENT_NUMBER);
        account.recordSent(now);
        Envelope envelope = new Envelope(account.address(), account.address(), recipients);
        MessageBytes bytes = new MessageBytes(data, rewritten.header(), rewritten.bodyOffset());
        String session = DOOR + "-" + requests.incrementAndGet();
        ReceivedMessage message = journal.add(id -> new ReceivedMessage(id, envelope, session, "", "", DOOR, now,
                bytes));
        mailboxes.accepted(message);
        activity.acceptedByGmailApi(message);
        journal.acknowledge();
        return message;
    }

    /**
     * A message {@code account} composed and has not sent (a Gmail API draft): CRLF line ends, the 35 MiB limit and
     * readable {@code To}, {@code Cc} and {@code Bcc} headers (none is fine), then nothing else — no rewrite, no
     * journal, no mailbox, no quota, no activity.
     */
    ReceivedMessage compose(GmailAccount account, String id, byte[] submitted) {
        byte[] data = withinLimit(crlf(submitted));
        Envelope envelope = new Envelope(account.address(), account.address(), addresses(data));
        return new ReceivedMessage(id, envelope, "", "", "", DOOR, clock.instant(), MessageBytes.unchanged(data));
    }

    private static byte[] withinLimit(byte[] data) {
        if (data.length > SmtpConfig.GMAIL_MAX_MESSAGE_SIZE) {
            throw new MessageRefusedException(MessageRefusedException.Reason.TOO_LARGE, "The message is "
                    + data.length + " bytes, larger than Gmail's limit of " + SmtpConfig.GMAIL_MAX_MESSAGE_SIZE
                    + " bytes (35 MiB); send a smaller message");
        }
        return data;
    }

    /** The addresses of the {@code To}, {@code Cc} and {@code Bcc} headers, in that order; possibly none. */
    private static List<String> addresses(byte[] data) {
        InternetHeaders headers;
        try {
            headers = new InternetHeaders(new ByteArrayInputStream(data));
        } catch (MessagingException e) {
            throw new MessageRefusedException(MessageRefusedException.Reason.INVALID_RECIPIENT,
                    "The message's header section cannot be read (" + e.getMessage() + "); send an RFC 5322 message");
        }
        List<String> recipients = new ArrayList<>();
        for (String name : List.of("To", "Cc", "Bcc")) {
            String value = headers.getHeader(name, ",");
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                for (InternetAddress address : InternetAddress.parseHeader(value, true)) {
                    recipients.add(address.getAddress());
                }
            } catch (AddressException e) {
                throw new MessageRefusedException(MessageRefusedException.Reason.INVALID_RECIPIENT,
                        "Invalid " + name + " header");
            }
        }
        return recipients;
    }

    /** Bare LF line ends as CRLF, as Gmail stores every message (Python's email package writes LF). */
    private static byte[] crlf(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(data[i]);
        }
        return out.toByteArray();
    }
}
