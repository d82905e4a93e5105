package dev.fakegmail.samples.crm;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;

/**
 * The CRM's "sync replies": reads the INBOX of the Gmail account in the {@link SmtpProfileForm} over IMAP (the same
 * Username and Password; the host derived from Host Name, {@code smtp.gmail.com} → {@code imap.gmail.com}; SSL on
 * port 993) and returns the replies to emails the CRM sent and the recipients that bounced. A refused login becomes
 * a {@link ReplySyncException} with the same advice {@link CrmMailer} gives for the same refusal over SMTP.
 *
 * <p>The server's certificate is verified, host name included, with the same trust as the mailer's.
 */
public final class ReplySync {
    /** Gmail's IMAP port: TLS from the first byte. */
    public static final int GMAIL_IMAP_PORT = 993;
    /** Longer than SMTP's: the first IMAP read after a large send may wait while the server files it. */
    private static final String TIMEOUT_MILLIS = "60000";
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final SmtpProfileForm form;
    private final int port;
    private final SSLSocketFactory trust;

    /** A sync for {@code imap.gmail.com:993}, verifying the server with the JVM's default trust store. */
    public ReplySync(SmtpProfileForm form) {
        this(form, GMAIL_IMAP_PORT, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** A sync on {@code imapPort} that verifies the server's certificate with {@code trust}. */
    public ReplySync(SmtpProfileForm form, int imapPort, SSLSocketFactory trust) {
        this.form = Objects.requireNonNull(form, "form");
        if (imapPort < 1 || imapPort > 65_535) {
            throw new IllegalArgumentException("IMAP Port must be 993, was " + imapPort);
        }
        this.port = imapPort;
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /**
     * The IMAP host for an SMTP Host Name, as mail clients guess it: {@code smtp.gmail.com} → {@code imap.gmail.com};
     * a name without the {@code smtp.} prefix (a test server's {@code localhost}) serves both.
     */
    public static String imapHost(String smtpHost) {
        return smtpHost.toLowerCase(Locale.ROOT).startsWith("smtp.") ? "imap." + smtpHost.substring(5) : smtpHost;
    }

    /**
     * Reads the INBOX after {@code from}.
     *
     * @param from    where the previous sync stopped ({@link SyncPoint#beginning()} the first time)
     * @param sentIds the {@code Message-ID}s of the emails the CRM sent ({@link CrmMailer#send}'s return values)
     * @return the replies to those emails, the bounces, and where the next sync starts
     * @throws ReplySyncException with the advice when Gmail refuses the login or the INBOX cannot be read
     */
    public SyncResult sync(SyncPoint from, Set<String> sentIds) throws ReplySyncException {
        try (Store store = session().getStore("imaps")) {
            store.connect(imapHost(form.hostName()), port, form.username(), form.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return read(inbox, from, Set.copyOf(sentIds));
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new ReplySyncException(GmailDiagnosis.ofImap(e), e);
        }
    }

    private static SyncResult read(Folder inbox, SyncPoint from, Set<String> sentIds)
            throws MessagingException, IOException {
        UIDFolder uids = (UIDFolder) inbox;
        long validity = uids.getUIDValidity();
        long last = from.lastUidIn(validity);
        Message[] messages = uids.getMessagesByUID(last + 1, UIDFolder.LASTUID);
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add("References");
        inbox.fetch(messages, profile);
        List<SyncResult.Reply> replies = new ArrayList<>();
        List<SyncResult.Bounce> bounces = new ArrayList<>();
        long highest = last;
        for (Message message : messages) {
            long uid = uids.getUID(message);
            if (uid <= last) {
                continue;   // "n:*" names the last message even when its UID is below n (RFC 3501 §6.4.8)
            }
            highest = Math.max(highest, uid);
            if (isDeliveryReport(message)) {
                bounces.addAll(bounces(message));
            } else {
                reply(message, sentIds).ifPresent(replies::add);
            }
        }
        return new SyncResult(replies, bounces, new SyncPoint(validity, highest));
    }

    private static boolean isDeliveryReport(Message message) throws MessagingException {
        return message.isMimeType("multipart/report")
                && "delivery-status".equalsIgnoreCase(new ContentType(message.getContentType()).getParameter("report-type"));
    }

    /** One bounce per {@code Final-Recipient} of the {@code message/delivery-status} part. */
    private static List<SyncResult.Bounce> bounces(Message report) throws MessagingException, IOException {
        Optional<String> original = ids(report, "In-Reply-To").stream().findFirst();
        Multipart parts = (Multipart) report.getContent();
        List<SyncResult.Bounce> bounces = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                String recipient = null;
                for (String line : text(part).split("\r?\n")) {
                    String value = line.substring(line.indexOf(':') + 1).strip();
                    if (startsWithField(line, "Final-Recipient")) {
                        recipient = value.substring(value.indexOf(';') + 1).strip();
                    } else if (startsWithField(line, "Status") && recipient != null) {
                        bounces.add(new SyncResult.Bounce(recipient, value, original));
                        recipient = null;
                    }
                }
            }
        }
        return bounces;
    }

    private static Optional<SyncResult.Reply> reply(Message message, Set<String> sentIds) throws MessagingException {
        List<String> named = new ArrayList<>(ids(message, "In-Reply-To"));
        named.addAll(ids(message, "References"));
        Optional<String> answering = named.stream().filter(sentIds::contains).findFirst();
        if (answering.isEmpty() || message.getFrom() == null || message.getFrom().length == 0) {
            return Optional.empty();
        }
        String from = ((InternetAddress) message.getFrom()[0]).getAddress();
        return Optional.of(new SyncResult.Reply(from, message.getSubject(), answering.get()));
    }

    private static List<String> ids(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        List<String> ids = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            Matcher matcher = MESSAGE_ID.matcher(value);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static boolean startsWithField(String line, String name) {
        return line.regionMatches(true, 0, name + ":", 0, name.length() + 1);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.imaps.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.imaps.timeout", TIMEOUT_MILLIS);
        properties.put("mail.imaps.ssl.socketFactory", trust);
        properties.setProperty("mail.imaps.ssl.socketFactory.fallback", "false");
        properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        properties.setProperty("mail.imaps.ssl.protocols", "TLSv1.3 TLSv1.2");
        return Session.getInstance(properties);
    }
}
