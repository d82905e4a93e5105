package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.FakeGmailServer;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints one line per refused SMTP login (time, account, mechanism, Gmail's reply and what it means), from a daemon
 * thread that reads {@link FakeGmailServer#activity()} a few times a second. Never a secret: the activity log holds
 * none. {@link #stop()} prints what the thread has not printed yet.
 */
final class LoginLog extends PrintingThread {
    private static final long POLL_MILLIS = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FakeGmailServer server;
    private final PrintStream out;
    private final ZoneId zone;
    private long printedUpTo;

    private LoginLog(FakeGmailServer server, PrintStream out, ZoneId zone) {
        super("fake-gmail-login-log");
        this.server = server;
        this.out = out;
        this.zone = zone;
    }

    /** Starts printing the refused logins of {@code server}, with times in {@code zone}. */
    static LoginLog start(FakeGmailServer server, PrintStream out, ZoneId zone) {
        LoginLog log = new LoginLog(server, out, zone);
        log.startPrinting();
        return log;
    }

    @Override
    void printRest() {
        printNew(server.activity());
    }

    /**
     * The line for one refused login, e.g. {@code 2026-01-31 09:30:00  login refused  alice@gmail.com  PLAIN
     * 535 5.7.8 (username and password not accepted: a wrong or revoked app password)}; at the IMAP door the mechanism
     * is named with it, e.g. {@code IMAP LOGIN}.
     */
    static String line(ActivityEvent event, ZoneId zone) {
        String reply = event.reply().orElse("");
        return TIME.format(LocalDateTime.ofInstant(event.at(), zone)) + "  login refused  "
                + event.account().orElse("(no username)") + "  "
                + (event.door() == ActivityEvent.Door.SMTP ? "" : event.door().name() + " ")
                + event.mechanism().orElse("") + "  " + reply
                + " (" + event.why().orElse("") + ")";
    }

    @Override
    void awaitAndPrint() throws InterruptedException {
        printNew(server.activity());
        Thread.sleep(POLL_MILLIS);
    }

    private synchronized void printNew(List<ActivityEvent> events) {
        for (ActivityEvent event : events) {
            if (event.sequence() > printedUpTo && event.kind() == ActivityEvent.Kind.LOGIN_REFUSED) {
                out.println(line(event, zone));
            }
        }
        if (!events.isEmpty()) {
            printedUpTo = Math.max(printedUpTo, events.get(events.size() - 1).sequence());
        }
        out.flush();
    }
}
