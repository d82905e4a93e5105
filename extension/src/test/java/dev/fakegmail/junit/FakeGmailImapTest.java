package dev.fakegmail.junit;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.ImapProfile;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The IMAP profile and a connected Store injected by @FakeGmail, and the mailbox assertion. */
class FakeGmailImapTest {
    private static volatile Store injectedStore;

    @Test
    void injectsTheImapProfileAndAConnectedStoreThatIsClosedAfterTheTest() {
        Fixtures.assertAllSucceeded(Fixtures.run(ProfileAndStore.class), 1);
        assertThat(injectedStore.isConnected()).isFalse();
    }

    @Test
    void accountSelectsTheImapAccount() {
        Fixtures.assertAllSucceeded(Fixtures.run(TwoAccounts.class), 1);
    }

    @Test
    void missingRecipientsBounceIntoTheSendersInbox() {
        Fixtures.assertAllSucceeded(Fixtures.run(Bounces.class), 1);
    }

    @Test
    void aStoreFieldIsRefusedWithTheFix() {
        assertThat(Fixtures.singleFailure(Fixtures.run(StoreField.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@InjectGmail on field FakeGmailImapTest.StoreField.store asks for a connected "
                        + "jakarta.mail.Store, which the extension closes after each test and therefore injects as a "
                        + "test method parameter only. Declare it as a parameter, or inject an ImapProfile and call "
                        + "connect().");
    }

    @Fixture
    @FakeGmail(imapPort = 0)
    static class ProfileAndStore {
        @Test
        void test(ImapProfile imap, Store store, GmailSmtpProfile smtp, FakeGmailServer gmail) throws Exception {
            assertThat(imap).isEqualTo(gmail.imapProfile());
            assertThat(imap.password()).isEqualTo(smtp.password());
            assertThat(imap.port()).isEqualTo(gmail.imapPort());
            Mail.send(smtp, "bob@example.com", "read me back");
            gmail.awaitMessages(1, Duration.ofSeconds(10));
            Folder sent = store.getFolder("[Gmail]/Sent Mail");
            sent.open(Folder.READ_ONLY);
            assertThat(sent.getMessage(1).getSubject()).isEqualTo("read me back");
            sent.close(false);
            assertThat(gmail).mailbox(smtp.username(), "[Gmail]/Sent Mail").hasSize(1)
                    .containsSubjects("read me back").containsMessageFrom(smtp.username());
            assertThat(gmail).mailbox("bob@example.com", "INBOX").containsSubjects("read me back");
            assertThatThrownBy(() -> assertThat(gmail).mailbox(smtp.username(), "INBOX").containsSubjects("nope"))
                    .hasMessageContaining("Expecting INBOX of " + smtp.username() + " to contain messages with the"
                            + " subjects:");
            injectedStore = store;
        }
    }

    @Fixture
    @FakeGmail(accounts = {"alice@gmail.com", "bob@gmail.com"}, imapPort = 0)
    static class TwoAccounts {
        @Test
        void test(@Account("bob@gmail.com") ImapProfile bob, @Account("bob@gmail.com") Store store) {
            assertThat(bob.username()).isEqualTo("bob@gmail.com");
            assertThat(store.isConnected()).isTrue();
        }
    }

    @Fixture
    @FakeGmail(imapPort = 0, missingRecipients = "nobody@example.com")
    static class Bounces {
        @Test
        void test(GmailSmtpProfile smtp, Store store, FakeGmailServer gmail) throws Exception {
            Mail.send(smtp, "nobody@example.com", "lost");
            gmail.awaitMessages(1, Duration.ofSeconds(10));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo("Delivery Status Notification (Failure)");
            inbox.close(false);
            assertThat(gmail).mailbox(smtp.username(), "INBOX")
                    .containsMessageFrom("mailer-daemon@googlemail.com");
        }
    }

    @Fixture
    @FakeGmail(imapPort = 0)
    static class StoreField {
        @InjectGmail
        Store store;

        @Test
        void test() {
            // never runs
        }
    }
}
