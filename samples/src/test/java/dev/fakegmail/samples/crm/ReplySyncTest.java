package dev.fakegmail.samples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CRM's "sync replies": with the profile the admin typed in for SMTP, it reads the replies and bounces to its
 * emails over IMAP; a password change then breaks sending and syncing alike, each with the right advice.
 */
@FakeGmail(missingRecipients = ReplySyncTest.GONE)
class ReplySyncTest {
    static final String GONE = "former-lead@example.com";
    private static final String LEAD = "lead@example.com";

    @Test
    void findsTheLeadsReplyAndTheBounceThenAPasswordChangeBreaksSendingAndSyncing(
            GmailSmtpProfile profile, GmailAccount account, FakeGmailServer gmail) throws Exception {
        SmtpProfileForm form = CrmForms.from(profile);
        CrmMailer mailer = CrmForms.mailer(form, profile);
        ReplySync sync = CrmForms.replySync(form, profile, gmail.imapPort());
        String toLead = mailer.send(quote(LEAD));
        String toGone = mailer.send(quote(GONE));
        gmail.deliverInbound(account.address(), reply(LEAD, account.address(), toLead));

        SyncResult first = sync.sync(SyncPoint.beginning(), Set.of(toLead, toGone));

        assertThat(first.replies()).containsExactly(new SyncResult.Reply(LEAD, "Re: Your quote", toLead));
        assertThat(first.bounces()).containsExactly(new SyncResult.Bounce(GONE, "5.1.1", Optional.of(toGone)));
        assertThat(sync.sync(first.next(), Set.of(toLead, toGone)))
                .isEqualTo(new SyncResult(List.of(), List.of(), first.next()));

        account.changePassword("a-brand-new-google-password");

        assertThatThrownBy(() -> mailer.send(quote(LEAD)))
                .isInstanceOfSatisfying(MailDeliveryException.class,
                        e -> assertThat(e.problem()).isEqualTo(MailProblem.BAD_CREDENTIALS))
                .hasMessageContaining("create a new app password")
                .hasStackTraceContaining("535-5.7.8 Username and Password not accepted.");
        assertThatThrownBy(() -> sync.sync(first.next(), Set.of(toLead)))
                .isInstanceOfSatisfying(ReplySyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(MailProblem.BAD_CREDENTIALS))
                .hasMessage(MailProblem.BAD_CREDENTIALS.advice())
                .hasStackTraceContaining("[AUTHENTICATIONFAILED] Invalid credentials (Failure)");
    }

    @Test
    void theAccountPasswordGetsTheAppPasswordAdviceOverImapToo(GmailSmtpProfile profile, GmailAccount account,
                                                                FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile).withPassword(account.password());

        assertThatThrownBy(() -> CrmForms.replySync(form, profile, gmail.imapPort())
                .sync(SyncPoint.beginning(), Set.of()))
                .isInstanceOfSatisfying(ReplySyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(MailProblem.APP_PASSWORD_REQUIRED))
                .hasMessage(MailProblem.APP_PASSWORD_REQUIRED.advice())
                .hasStackTraceContaining("[ALERT] Application-specific password required:");
    }

    @Test
    void afterTenRefusedSendsTheLockedAccountGetsTheWaitAdviceOverImap(GmailSmtpProfile profile,
                                                                       FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile);
        CrmMailer mistyped = CrmForms.mailer(form.withPassword("abcd efgh ijkl mnop"), profile);
        for (int i = 0; i < 10; i++) {
            assertThat(mistyped.sendTestEmail(LEAD).problem()).contains(MailProblem.BAD_CREDENTIALS);
        }

        assertThatThrownBy(() -> CrmForms.replySync(form, profile, gmail.imapPort())
                .sync(SyncPoint.beginning(), Set.of()))
                .isInstanceOfSatisfying(ReplySyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(MailProblem.TOO_MANY_LOGIN_ATTEMPTS))
                .hasStackTraceContaining("[ALERT] Please log in via your web browser:");
    }

    @Test
    void theImapHostIsDerivedFromTheSmtpHostName() {
        assertThat(ReplySync.imapHost("smtp.gmail.com")).isEqualTo("imap.gmail.com");
        assertThat(ReplySync.imapHost("SMTP.gmail.com")).isEqualTo("imap.gmail.com");
        assertThat(ReplySync.imapHost("localhost")).isEqualTo("localhost");
    }

    private static TransactionalEmail quote(String to) {
        return new TransactionalEmail(to, "Your quote", "<p>Here is your quote.</p>", "quote.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] reply(String from, String to, String answering) {
        return ("From: Lee Lead <" + from + ">\r\n"
                + "To: " + to + "\r\n"
                + "Subject: Re: Your quote\r\n"
                + "Message-ID: <reply-1@example.com>\r\n"
                + "In-Reply-To: " + answering + "\r\n"
                + "References: " + answering + "\r\n"
                + "Date: Wed, 2 Dec 2026 09:15:00 +0000\r\n"
                + "\r\n"
                + "Thanks, that works for us.\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
