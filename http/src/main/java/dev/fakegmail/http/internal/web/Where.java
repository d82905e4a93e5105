package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.FakeGmailServer;

/** The line in the top bar that says where the fake's SMTP listens, so a person can point a mail client at it. */
final class Where {
    private Where() {
    }

    static String of(FakeGmailServer gmail) {
        try {
            return "SMTP " + gmail.hostName() + ":" + gmail.smtpPort() + " (STARTTLS), " + gmail.sslPort() + " (SSL)";
        } catch (IllegalStateException notRunning) {
            return "SMTP not running";
        }
    }
}
