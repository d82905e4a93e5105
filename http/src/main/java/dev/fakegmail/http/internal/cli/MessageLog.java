package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagePage;
import dev.fakegmail.server.MessageQuery;
import dev.fakegmail.server.ReceivedMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Prints one line per message the server accepted (time, from, to, subject), from a daemon thread that waits
 * on {@link FakeGmailServer#awaitNewestChange} and reads the messages after the last one printed a page at a time,
 * so that each message costs the same however many are kept, and the retention cap is never held back.
 * {@link #stop()} prints whatever the thread has not printed yet.
 */
final class MessageLog extends PrintingThread {
    private static final Duration WAIT = Duration.ofHours(1);
    private static final int MAX_SUBJECT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FakeGmailServer server;
    private final PrintStream out;
    private final ZoneId zone;
    private int printed;
    private long lastPrinted;

    private MessageLog(FakeGmailServer server, PrintStream out, ZoneId zone) {
        super("fake-gmail-message-log");
        this.server = server;
        this.out = out;
        this.zone = zone;
    }

    /** Starts printing the messages {@code server} accepts, with times in {@code zone}. */
    static MessageLog start(FakeGmailServer server, PrintStream out, ZoneId zone) {
        MessageLog log = new MessageLog(server, out, zone);
        log.startPrinting();
        return log;
    }

    /** Prints the messages the thread had not printed (after {@link #stop()}, which the server's stop precedes). */
    @Override
    void printRest() {
        printNew();
    }

    /** How many messages were printed. */
    synchronized int printed() {
        return printed;
    }

    /**
     * The line for one message: local time, envelope sender ({@code <>} when empty), envelope recipients and the
     * subject on one line (control characters become spaces).
     */
    static String line(ReceivedMessage message, ZoneId zone) {
        String from = message.envelope().mailFrom().isEmpty() ? "<>" : message.envelope().mailFrom();
        return TIME.format(LocalDateTime.ofInstant(message.acceptedAt(), zone)) + "  from " + from
                + "  to " + String.join(", ", message.envelope().recipients())
                + "  subject \"" + subject(message) + "\"";
    }

    @Override
    void awaitAndPrint() {
        try {
            MessagePage newest = server.messages(MessageQuery.builder().pageSize(1).build());
            String seen = newest.messages().isEmpty() ? "0" : newest.messages().get(0).id();
            printNew();
            server.awaitNewestChange(seen, WAIT);
        } catch (IllegalStateException interrupted) {
            // stop(): the interrupt flag is set and ends the loop
        }
    }

    private synchronized void printNew() {
        MessagePage page;
        do {
            page = server.messages(MessageQuery.builder().newestFirst(false).pageSize(MessageQuery.MAX_PAGE_SIZE)
                    .pageToken(Long.toString(lastPrinted + 1)).build());
            for (ReceivedMessage message : page.messages()) {
                out.println(line(message, zone));
                printed++;
                lastPrinted = Long.parseLong(message.id());
            }
        } while (page.nextPageToken().isPresent());
        out.flush();
    }

    private static String subject(ReceivedMessage message) {
        String subject = message.summary().subject();
        StringBuilder text = new StringBuilder(Math.min(subject.length(), MAX_SUBJECT + 1));
        subject.codePoints().limit(MAX_SUBJECT)
                .forEach(c -> text.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return subject.codePointCount(0, subject.length()) > MAX_SUBJECT ? text + "..." : text.toString();
    }
}
