package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.FakeGmailServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The activity on the Google Account page: the latest SMTP sessions as Gmail saw them, newest first — connects, TLS
 * versions, logins accepted and refused with Gmail's reply and what it means, refused commands, accepted messages.
 * The activity log holds no secret, and everything from it is escaped.
 */
final class ActivitySection {
    /** How many events the page shows; the HTTP API ({@code GET /api/activity}) has all the server keeps. */
    static final int SHOWN = 50;

    private ActivitySection() {
    }

    static String render(FakeGmailServer gmail) {
        List<ActivityEvent> events = gmail.activity();
        StringBuilder html = new StringBuilder("<section class=\"card activity\" id=\"activity\"><h2>Recent activity"
                + "</h2><p class=\"muted\">SMTP sessions as Gmail saw them, newest first (the latest " + SHOWN
                + "; all of them at <a href=\"/api/activity\">/api/activity</a>).</p>");
        if (events.isEmpty()) {
            return html.append("<p class=\"muted no-activity\">No session yet.</p></section>").toString();
        }
        html.append("<table class=\"activity\"><thead><tr><th>When</th><th>What</th><th>Account</th><th>Reply</th>"
                + "<th>Details</th></tr></thead><tbody>");
        for (int i = events.size() - 1; i >= Math.max(0, events.size() - SHOWN); i--) {
            html.append(row(events.get(i)));
        }
        return html.append("</tbody></table></section>").toString();
    }

    private static String row(ActivityEvent event) {
        boolean refused = event.kind() == ActivityEvent.Kind.LOGIN_REFUSED;
        List<String> parts = new ArrayList<>();
        event.why().or(() -> detail(event)).ifPresent(parts::add);
        event.mechanism().ifPresent(mechanism -> parts.add(
                (event.door() == ActivityEvent.Door.SMTP ? "AUTH " : event.door().name() + " ") + mechanism));
        parts.add("session " + event.sessionId());
        String details = String.join(", ", parts);
        return "<tr class=\"event " + event.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (refused ? " refused" : "") + "\"><td class=\"time\">" + Times.format(event.at()) + "</td><td>"
                + Html.escape(label(event.kind())) + "</td><td>" + Html.escape(event.account().orElse(""))
                + "</td><td class=\"reply\">" + Html.escape(event.reply().orElse("")) + "</td><td class=\"why\">"
                + Html.escape(details) + "</td></tr>";
    }

    private static Optional<String> detail(ActivityEvent event) {
        if (event.detail().isEmpty()) {
            return Optional.empty();
        }
        boolean aMessage = event.kind() == ActivityEvent.Kind.MESSAGE_ACCEPTED
                || event.kind() == ActivityEvent.Kind.MESSAGE_REMOVED;
        return Optional.of(aMessage ? "message " + event.detail() : event.detail());
    }

    private static String label(ActivityEvent.Kind kind) {
        return switch (kind) {
            case CONNECTED -> "Connected";
            case TLS -> "TLS";
            case LOGIN_ACCEPTED -> "Signed in";
            case LOGIN_REFUSED -> "Sign-in refused";
            case COMMAND_REJECTED -> "Command refused";
            case MESSAGE_ACCEPTED -> "Message accepted";
            case MESSAGE_REMOVED -> "Message removed (retention cap)";
        };
    }
}
