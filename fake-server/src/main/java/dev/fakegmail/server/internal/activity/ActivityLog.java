package dev.fakegmail.server.internal.activity;

import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.ActivityEvent.Door;
import dev.fakegmail.server.ActivityEvent.Kind;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.internal.smtp.SessionListener;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last {@value #CAPACITY} session events of one server, every door's (docs/http-api.md §3), oldest dropped
 * first. Thread-safe.
 */
public final class ActivityLog implements SessionListener {
    /** How many events are kept. */
    public static final int CAPACITY = 1_000;

    private final Clock clock;
    private final Deque<ActivityEvent> events = new ArrayDeque<>();
    private long sequence;

    /** An empty log whose events carry times from {@code clock}. */
    public ActivityLog(Clock clock) {
        this.clock = clock;
    }

    /** The kept events, oldest first. */
    public synchronized List<ActivityEvent> snapshot() {
        return List.copyOf(events);
    }

    /** Forgets every event (sequence numbers go on). */
    public synchronized void clear() {
        events.clear();
    }

    /** Records a message accepted over SMTP. */
    public void accepted(ReceivedMessage message) {
        add(message.sessionId(), Kind.MESSAGE_ACCEPTED, Optional.of(message.envelope().account()),
                Optional.empty(), Optional.of("250 2.0.0"), message.id());
    }

    /** Records a message the Gmail API accepted ({@code users.messages.send}). */
    public void acceptedByGmailApi(ReceivedMessage message) {
        add(Door.GMAIL_API, message.sessionId(), Kind.MESSAGE_ACCEPTED, Optional.of(message.envelope().account()),
                Optional.empty(), Optional.of("200 OK"), message.id());
    }

    /** Records a message the retention cap removed. */
    public void removed(ReceivedMessage message) {
        add(message.sessionId(), Kind.MESSAGE_REMOVED, Optional.of(message.envelope().account()),
                Optional.empty(), Optional.empty(), message.id());
    }

    @Override
    public void connected(String sessionId, int port, boolean implicitTls) {
        add(sessionId, Kind.CONNECTED, Optional.empty(), Optional.empty(), Optional.empty(),
                "port " + port + (implicitTls ? ", implicit TLS" : ", plain"));
    }

    @Override
    public void secured(String sessionId, String protocol) {
        add(sessionId, Kind.TLS, Optional.empty(), Optional.empty(), Optional.empty(), protocol);
    }

    @Override
    public void authenticated(String sessionId, String mechanism, Optional<String> user, String reply) {
        if (reply.isEmpty()) {
            return;
        }
        Kind kind = reply.startsWith("235") ? Kind.LOGIN_ACCEPTED : Kind.LOGIN_REFUSED;
        add(sessionId, kind, user.map(ActivityLog::printable), Optional.of(mechanism), Optional.of(reply), "");
    }

    /**
     * Records a login at another door than SMTP's.
     *
     * @param how      the command and mechanism ({@code LOGIN}, {@code AUTHENTICATE XOAUTH2})
     * @param reply    Gmail's reply, without anything the client sent
     * @param accepted whether the login succeeded
     */
    public void signIn(Door door, String sessionId, String how, Optional<String> user, String reply,
                       boolean accepted) {
        add(door, sessionId, accepted ? Kind.LOGIN_ACCEPTED : Kind.LOGIN_REFUSED, user.map(ActivityLog::printable),
                Optional.of(how), Optional.of(reply), "");
    }

    @Override
    public void answered(String sessionId, String command, String reply) {
        if (reply.startsWith("4") || reply.startsWith("5")) {
            add(sessionId, Kind.COMMAND_REJECTED, Optional.empty(), Optional.empty(), Optional.of(reply), command);
        }
    }

    private void add(String sessionId, Kind kind, Optional<String> account, Optional<String> mechanism,
                     Optional<String> reply, String detail) {
        add(Door.SMTP, sessionId, kind, account, mechanism, reply, detail);
    }

    private synchronized void add(Door door, String sessionId, Kind kind, Optional<String> account,
                                  Optional<String> mechanism, Optional<String> reply, String detail) {
        events.addLast(new ActivityEvent(++sequence, clock.instant(), sessionId, kind, account, mechanism, reply,
                detail, door));
        if (events.size() > CAPACITY) {
            events.removeFirst();
        }
    }

    /** A username as a client typed it, without control characters, at most 254 characters. */
    private static String printable(String user) {
        String cleaned = user.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 254 ? cleaned : cleaned.substring(0, 254) + "…";
    }
}
