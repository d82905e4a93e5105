package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;

/**
 * One server's door state: the server and the labels its requests changed; hands out an account's {@link Mailbox}.
 *
 * @param gmail  the server
 * @param labels the labels set by {@code modify}, {@code trash}, {@code untrash}
 */
record MailboxSource(FakeGmailServer gmail, LabelState labels) {
    Mailbox of(GmailAccount account) {
        return new Mailbox(gmail, account, labels);
    }
}
