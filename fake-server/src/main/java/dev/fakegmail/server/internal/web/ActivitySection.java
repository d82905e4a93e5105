package dev.fakegmail.server.internal.web;

import dev.fakegmail.server.FakeGmailServer;

/**
 * The place on the Google Account page for the activity log: every session as Gmail saw it, refused logins with
 * their reply (534 5.7.9, 535 5.7.8) and why. Renders nothing until the activity log exists on the server
 * ({@code FakeGmailServer.activity()}, part of the HTTP side); it is then rendered here, escaped like every other
 * part of the pages.
 */
final class ActivitySection {
    private ActivitySection() {
    }

    static String render(FakeGmailServer gmail) {
        return "";
    }
}
