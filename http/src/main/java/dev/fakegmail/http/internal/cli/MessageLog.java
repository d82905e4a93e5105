package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.MessagesNotReceivedException;
import dev.fakegmail.server.ReceivedMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints one line per message the server accepted (time, from, to, subject), from a daemon thread that waits
 * on {@link FakeGmailServer#awaitMessages}. {@link #stop()} prints whatever the thread has not printed yet.
 */
final class MessageLog extends PrintingThread {
    private static final Duration WAIT = Duration.ofHours(1);
    private static final int MAX_SUBJECT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FakeGmailServer server;
    private final PrintStream out;
    private final ZoneId zone;
    private int printed;

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
        printNew(server.receivedMessages());
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
            printNew(server.awaitMessages(printed() + 1, WAIT));
        } catch (MessagesNotReceivedException anHourWithoutMail) {
            // wait again
        } catch (IllegalStateException interrupted) {
            // stop(): the interrupt flag is set and ends the loop
        }
    }

    private synchronized void printNew(List<ReceivedMessage> messages) {
        for (int i = printed; i < messages.size(); i++) {
            out.println(line(messages.get(i), zone));
        }
        out.flush();
        printed = Math.max(printed, messages.size());
    }

    private static String subject(ReceivedMessage message) {
        String subject;
        try {
            subject = message.subject();
        } catch (IllegalStateException unparseable) {
            return "(unparseable)";
        }
        StringBuilder text = new StringBuilder(Math.min(subject.length(), MAX_SUBJECT + 1));
        subject.codePoints().limit(MAX_SUBJECT)
                .forEach(c -> text.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return subject.codePointCount(0, subject.length()) > MAX_SUBJECT ? text + "..." : text.toString();
    }
}
