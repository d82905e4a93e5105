package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.ImapProfile;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Angus Mail's IMAP client sees through the IMAP profile: login, Gmail's folders, filing, refusals. */
class ImapAngusClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGmailServer gmail;
    private GmailAccount alice;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).loginLockout(3, Duration.ofMinutes(10))
                .account(AccountSettings.of("alice@gmail.com").withPassword("Correct-Horse-1"))
                .account(AccountSettings.of("bob@gmail.com"))
                .build().start();
        alice = gmail.defaultAccount();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @Test
    void theSentMessageIsInSentMailAndInTheRecipientsInbox() throws Exception {
        send(gmail.profile().session(), "Quarterly figures", "bob@gmail.com", "carol@example.com");

        try (Store store = gmail.imapProfile().connect()) {
            assertThat(subjects(store, "[Gmail]/Sent Mail")).containsExactly("Quarterly figures");
            assertThat(subjects(store, "[Gmail]/All Mail")).containsExactly("Quarterly figures");
            assertThat(subjects(store, "INBOX")).isEmpty();
        }
        try (Store store = gmail.imapProfile(gmail.account("bob@gmail.com")).connect()) {
            assertThat(subjects(store, "INBOX")).containsExactly("Quarterly figures");
            assertThat(subjects(store, "[Gmail]/Sent Mail")).isEmpty();
        }
    }

    @Test
    void listsGmailsFoldersWithTheirSpecialUse() throws Exception {
        try (Store store = gmail.imapProfile().connect()) {
            List<String> listed = new ArrayList<>();
            for (Folder folder : store.getDefaultFolder().list("*")) {
                listed.add(folder.getFullName() + " " + Arrays.toString(((IMAPFolder) folder).getAttributes()));
            }
            assertThat(listed).containsExactly(
                    "INBOX [\\HasNoChildren]",
                    "[Gmail] [\\HasChildren, \\Noselect]",
                    "[Gmail]/All Mail [\\All, \\HasNoChildren]",
                    "[Gmail]/Drafts [\\Drafts, \\HasNoChildren]",
                    "[Gmail]/Important [\\HasNoChildren, \\Important]",
                    "[Gmail]/Sent Mail [\\HasNoChildren, \\Sent]",
                    "[Gmail]/Spam [\\HasNoChildren, \\Junk]",
                    "[Gmail]/Starred [\\Flagged, \\HasNoChildren]",
                    "[Gmail]/Trash [\\HasNoChildren, \\Trash]");
            assertThat(store.getFolder("[Gmail]/Sent Mail").getSeparator()).isEqualTo('/');
            assertThat(store.getFolder("[Gmail]").list("%")).hasSize(7);
        }
    }

    @Test
    void afterAPasswordChangeBothDoorsRefuseTheOldAppPassword() throws Exception {
        ImapProfile before = gmail.imapProfile();
        Session smtpBefore = gmail.profile().session();
        alice.changePassword("Another-Horse-2");

        assertThatThrownBy(before::connect).isInstanceOf(AuthenticationFailedException.class)
                .hasMessage("[AUTHENTICATIONFAILED] Invalid credentials (Failure)");
        assertThatThrownBy(() -> send(smtpBefore, "refused", "bob@gmail.com"))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("535-5.7.8");
    }

    @Test
    void theAccountPasswordGetsTheAppPasswordAlert() {
        assertThatThrownBy(() -> gmail.imapProfile().withPassword("Correct-Horse-1").connect())
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessage("[ALERT] Application-specific password required:"
                        + " https://support.google.com/accounts/answer/185833 (Failure)");
    }

    @Test
    void smtpFailuresLockImapOutToo() throws Exception {
        Session wrong = gmail.profile().withPassword("wrong wrong wrong").session();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> send(wrong, "refused", "bob@gmail.com"))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThatThrownBy(() -> gmail.imapProfile().connect()).isInstanceOf(AuthenticationFailedException.class)
                .hasMessage("[ALERT] Please log in via your web browser:"
                        + " https://support.google.com/mail/accounts/answer/78754 (Failure)");
    }

    @Test
    void anAccessTokenLogsInWithXoauth2() throws Exception {
        send(gmail.profile().session(), "token", "alice@gmail.com");
        try (Store store = gmail.imapOAuthProfile(alice).connect()) {
            assertThat(subjects(store, "INBOX")).containsExactly("token");
        }
    }

    @Test
    void aMessageAppendedOverImapIsReadBack() throws Exception {
        try (Store store = gmail.imapProfile().connect()) {
            Folder drafts = store.getFolder("[Gmail]/Drafts");
            MimeMessage draft = new MimeMessage(gmail.imapProfile().session());
            draft.setSubject("draft one");
            draft.setText("body");
            drafts.appendMessages(new Message[] {draft});
            assertThat(subjects(store, "[Gmail]/Drafts")).containsExactly("draft one");
        }
        assertThat(gmail.mailbox("alice@gmail.com", "[Gmail]/Drafts")).hasSize(1);
    }

    @Test
    void idleHearsOfAMessageSentToTheInboxWhileItWaits() throws Exception {
        try (Store store = gmail.imapProfile(gmail.account("bob@gmail.com")).connect()) {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            CountDownLatch added = new CountDownLatch(1);
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent event) {
                    added.countDown();
                }
            });
            AtomicReference<Exception> failed = new AtomicReference<>();
            Thread idler = new Thread(() -> {
                try {
                    inbox.idle(true);
                } catch (MessagingException e) {
                    failed.set(e);
                }
            }, "angus-idle");
            idler.start();

            send(gmail.profile().session(), "pushed while idle", "bob@gmail.com");

            assertThat(added.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("IDLE reported the new message").isTrue();
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo("pushed while idle"); // ends IDLE if still on
            idler.join(WAIT.toMillis());
            assertThat(idler.isAlive()).as("IDLE ended").isFalse();
            assertThat(failed.get()).isNull();
            inbox.close(false);
        }
    }

    static void send(Session session, String subject, String... to) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@gmail.com"));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject);
        message.setText("Hello\r\n");
        Transport.send(message);
    }

    static List<String> subjects(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        folder.open(Folder.READ_ONLY);
        try {
            List<String> subjects = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                subjects.add(message.getSubject());
            }
            return subjects;
        } finally {
            folder.close(false);
        }
    }
}
