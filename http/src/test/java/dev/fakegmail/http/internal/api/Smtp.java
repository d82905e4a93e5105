package dev.fakegmail.http.internal.api;

import static dev.fakegmail.server.protocol.GmailReplies.GO_AHEAD;
import static dev.fakegmail.server.protocol.GmailReplies.MAIL_OK;
import static dev.fakegmail.server.protocol.GmailReplies.MESSAGE_ACCEPTED;
import static dev.fakegmail.server.protocol.GmailReplies.RCPT_OK;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.protocol.RawSmtpClient;
import java.io.IOException;

/** Sends over the fake's real SMTP port, as a client would. */
final class Smtp {
    private Smtp() {
    }

    /** Logs in with PLAIN and sends {@code message} (header lines, blank line, body; CRLF) to {@code to}. */
    static void send(FakeGmailServer gmail, String user, String appPassword, String to, String message)
            throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.login(user, appPassword);
            client.expect("MAIL FROM:<" + user + ">", MAIL_OK);
            client.expect("RCPT TO:<" + to + ">", RCPT_OK);
            client.expect("DATA", GO_AHEAD);
            client.send(message + "\r\n.\r\n");
            client.expectReply(MESSAGE_ACCEPTED);
            client.command("QUIT");
        }
    }

    /** A small text message. */
    static String text(String from, String to, String subject, String body) {
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body;
    }

    /** The reply to AUTH PLAIN with these credentials (after EHLO and STARTTLS). */
    static String login(FakeGmailServer gmail, String user, String secret) throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.ehloAndStartTls();
            return client.command("AUTH PLAIN " + RawSmtpClient.plain(user, secret));
        }
    }

    /** The reply to AUTH XOAUTH2 with this token (after EHLO and STARTTLS); a refused token gets its 535. */
    static String loginWithToken(FakeGmailServer gmail, String user, String token) throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(gmail)) {
            client.ehloAndStartTls();
            String reply = client.command("AUTH XOAUTH2 "
                    + RawSmtpClient.base64("user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001"));
            return reply.startsWith("334") ? client.command("") : reply;
        }
    }
}
