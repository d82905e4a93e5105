package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.smtpFromAlice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/gmail-api.md §4 "The flat view": at 10,000 messages a list page and a get do the work of a page, not of the
 * mailbox — asserted on the work done (messages read by a catch-up, messages a page walks), never on time.
 */
class GmailApiScaleTest {
    private static final int MESSAGES = 10_000;

    private static FakeGmailServer server;

    @BeforeAll
    static void start() {
        server = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0)
                .account(ALICE.settings().withDailySendingLimit(2 * MESSAGES)).account(BOB.settings()).build().start();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void atTenThousandMessagesAPageWalksAPageAndALaterCatchUpReadsOnlyWhatIsNew() {
        GmailAccount alice = server.account(ALICE.address());
        for (int i = 1; i <= MESSAGES; i++) {
            server.sendAs(alice, ("To: bob@gmail.com\r\nSubject: Message " + i + "\r\n\r\nBody " + i + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        MailboxSource source = new MailboxSource(server, new LabelState());

        Mailbox mailbox = source.of(alice);
        int firstRead = source.lastRead();
        Mailbox again = source.of(alice);
        int secondRead = source.lastRead();
        AccountView.Page first = again.page(entry -> true, Long.MAX_VALUE, 100);
        AccountView.Page deep = again.page(entry -> true, first.next().orElseThrow(), 100);
        AccountView.Page inbox = source.of(server.account(BOB.address())).page(entry -> true, Long.MAX_VALUE, 100);

        assertThat(firstRead).isEqualTo(MESSAGES);
        assertThat(secondRead).isZero();
        assertThat(mailbox.count("")).isEqualTo(MESSAGES);
        assertThat(first.walked()).isEqualTo(101);
        assertThat(first.entries()).first().satisfies(e -> assertThat(e.message().id()).isEqualTo("10000"));
        assertThat(deep.walked()).isEqualTo(101);
        assertThat(deep.entries()).first().satisfies(e -> assertThat(e.message().id()).isEqualTo("9900"));
        assertThat(inbox.walked()).isEqualTo(101);
        assertThat(again.find(Mailbox.id(server.message("5000").orElseThrow())).id()).isEqualTo("5000");
        assertThat(source.lastRead()).isZero();
        assertThat(source.fullReads()).isZero();
    }

    @Test
    void aMessageSentOrDeletedThroughAnotherDoorIsReadAloneByTheNextCatchUp() {
        GmailAccount alice = server.account(ALICE.address());
        for (int i = 1; i <= 1_000; i++) {
            server.sendAs(alice, ("To: bob@gmail.com\r\nSubject: M" + i + "\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        MailboxSource source = new MailboxSource(server, new LabelState());
        Mailbox mailbox = source.of(alice);
        String gone = Mailbox.id(server.message("500").orElseThrow());

        server.sendAs(alice, "To: bob@gmail.com\r\nSubject: New\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
        mailbox = source.of(alice);
        int afterSend = source.lastRead();
        server.deleteMessage("500");
        mailbox = source.of(alice);
        int afterDelete = source.lastRead();

        assertThat(afterSend).isEqualTo(1);
        assertThat(afterDelete).isEqualTo(1);
        assertThat(source.fullReads()).isEqualTo(1); // a removal in the middle: the journal is read once again
        Mailbox current = mailbox;
        assertThat(catchThrowableOfType(RefusedException.class, () -> current.find(gone)).error().code())
                .isEqualTo(404);
        assertThat(mailbox.count("SENT")).isEqualTo(1_000);
        List<String> newest = mailbox.page(entry -> true, Long.MAX_VALUE, 2).entries().stream()
                .map(e -> e.message().id()).toList();
        assertThat(newest).containsExactly("1001", "1000");
    }

    @Test
    void theRetentionCapsRemovalsLeaveTheViewWithoutReadingTheJournalAgain() throws IOException {
        try (FakeGmailServer capped = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).maxMessages(100)
                .account(ALICE.settings()).account(BOB.settings()).build().start()) {
            GmailAccount alice = capped.account(ALICE.address());
            for (int i = 1; i <= 100; i++) {
                capped.sendAs(alice, ("To: bob@gmail.com\r\nSubject: M" + i + "\r\n\r\nx\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            MailboxSource source = new MailboxSource(capped, new LabelState());
            source.of(alice);

            for (int i = 101; i <= 110; i++) { // each SMTP 250 trims the journal to the cap
                smtpFromAlice(capped, "To: bob@gmail.com\r\nSubject: M" + i + "\r\n\r\nx\r\n");
            }
            Mailbox mailbox = source.of(alice);

            assertThat(capped.receivedMessages()).hasSize(100);
            assertThat(source.lastRead()).isEqualTo(20);
            assertThat(source.fullReads()).isZero();
            assertThat(mailbox.count("SENT")).isEqualTo(100);
            assertThat(mailbox.page(entry -> true, 0, 10).entries()).isEmpty();
            assertThat(mailbox.page(entry -> true, Long.MAX_VALUE, 100).entries()).last()
                    .satisfies(e -> assertThat(e.message().id()).isEqualTo("11"));
        }
    }
}
