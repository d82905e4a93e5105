package dev.fakegmail.server.internal.cli;

import dev.fakegmail.server.FakeGmailServer;
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
final class MessageLog {
    private static final Duration WAIT = Duration.ofHours(1);
    private static final long JOIN_MILLIS = 5_000;
    private static final int MAX_SUBJECT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FakeGmailServer server;
    private final PrintStream out;
    private final ZoneId zone;
    private final Thread thread;
    private int printed;

    private MessageLog(FakeGmailServer server, PrintStream out, ZoneId zone) {
        this.server = server;
        this.out = out;
        this.zone = zone;
        this.thread = new Thread(this::run, "fake-gmail-message-log");
        thread.setDaemon(true);
    }

    /** Starts printing the messages {@code server} accepts, with times in {@code zone}. */
    static MessageLog start(FakeGmailServer server, PrintStream out, ZoneId zone) {
        MessageLog log = new MessageLog(server, out, zone);
        log.thread.start();
        return log;
    }

    /** Ends the thread, then prints the messages it had not printed. Call after the server stopped. */
    void stop() {
        thread.interrupt();
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                printNew(server.awaitMessages(printed() + 1, WAIT));
            } catch (IllegalStateException timeoutOrInterrupt) {
                // an hour without mail, or stop(): the loop condition decides
            }
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
