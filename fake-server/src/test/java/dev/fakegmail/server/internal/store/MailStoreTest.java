package dev.fakegmail.server.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MailStoreTest {
    private final MailStore store = new MailStore();

    private static byte[] message(String subject) {
        return ("From: alice@gmail.com\r\nTo: bob@example.com\r\nSubject: " + subject + "\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                subjects.add(message.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    @Test
    void deliversToEachRecipientsInboxAndTheSendersSentMail() {
        store.deliver("alice@gmail.com", List.of("bob@example.com", "carol@example.com"), message("hi"));

        assertThat(subjects(store.folder("bob@example.com", "INBOX"))).containsExactly("hi");
        assertThat(subjects(store.folder("carol@example.com", "INBOX"))).containsExactly("hi");
        assertThat(subjects(store.folder("alice@gmail.com", "[Gmail]/Sent Mail"))).containsExactly("hi");
        assertThat(store.folder("alice@gmail.com", "INBOX")).isEmpty();
        assertThat(store.folder("bob@example.com", MailStore.SENT_MAIL)).isEmpty();
    }

    @Test
    void keepsTheOrderOfDelivery() {
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("first"));
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("second"));

        assertThat(subjects(store.folder("bob@example.com", MailStore.INBOX))).containsExactly("first", "second");
        assertThat(subjects(store.folder("alice@gmail.com", MailStore.SENT_MAIL))).containsExactly("first", "second");
    }

    @Test
    void addressesAreCaseInsensitive() {
        store.deliver("Alice@Gmail.com", List.of("BOB@Example.COM"), message("one"));
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("two"));

        assertThat(subjects(store.folder("Bob@example.com", "INBOX"))).containsExactly("one", "two");
        assertThat(subjects(store.folder("ALICE@GMAIL.COM", "[Gmail]/Sent Mail"))).containsExactly("one", "two");
    }

    @Test
    void aRecipientWhoIsTheSenderGetsBothCopies() {
        store.deliver("alice@gmail.com", List.of("Alice@gmail.com"), message("note to self"));

        assertThat(subjects(store.folder("alice@gmail.com", "INBOX"))).containsExactly("note to self");
        assertThat(subjects(store.folder("alice@gmail.com", "[Gmail]/Sent Mail"))).containsExactly("note to self");
    }

    @Test
    void aRecipientListedTwiceGetsOneCopy() {
        store.deliver("alice@gmail.com", List.of("bob@example.com", "Bob@Example.com"), message("once"));

        assertThat(store.folder("bob@example.com", "INBOX")).hasSize(1);
    }

    @Test
    void unknownUserOrFolderGivesAnEmptyList() {
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("hi"));

        assertThat(store.folder("nobody@example.com", "INBOX")).isEmpty();
        assertThat(store.folder("bob@example.com", "Archive")).isEmpty();
        assertThat(store.folder("bob@example.com", "")).isEmpty();
    }

    @Test
    void absoluteGreenMailNamesDoNotReachOtherUsers() {
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("private"));
        store.deliver("carol@gmail.com", List.of("dave@example.com"), message("other"));

        String bobsInbox = "#mail." + "bob@example.com".hashCode() + ".INBOX";

        assertThat(store.folder("dave@example.com", bobsInbox)).isEmpty();
    }

    @Test
    void returnedMessagesAreCopies() throws Exception {
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("original"));

        store.folder("bob@example.com", "INBOX").get(0).setSubject("changed");

        assertThat(subjects(store.folder("bob@example.com", "INBOX"))).containsExactly("original");
    }

    @Test
    void storesTheBytesAsSent() throws Exception {
        byte[] data = message("bytes");
        store.deliver("alice@gmail.com", List.of("bob@example.com"), data);

        MimeMessage stored = store.folder("bob@example.com", "INBOX").get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stored.writeTo(out);

        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(new String(data, StandardCharsets.US_ASCII));
    }

    @Test
    void clearRemovesEverything() {
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("old"));

        store.clear();

        assertThat(store.folder("bob@example.com", "INBOX")).isEmpty();
        assertThat(store.folder("alice@gmail.com", "[Gmail]/Sent Mail")).isEmpty();
        store.deliver("alice@gmail.com", List.of("bob@example.com"), message("new"));
        assertThat(subjects(store.folder("bob@example.com", "INBOX"))).containsExactly("new");
        assertThat(subjects(store.folder("alice@gmail.com", "[Gmail]/Sent Mail"))).containsExactly("new");
    }

    @Test
    void addressesWithTheSameHashCodeFailWithAClearMessage() {
        assertThat("a~@x.com".hashCode()).isEqualTo("b_@x.com".hashCode());
        store.deliver("alice@gmail.com", List.of("a~@x.com"), message("first"));

        assertThatThrownBy(() -> store.deliver("alice@gmail.com", List.of("bob@x.com", "b_@x.com"), message("second")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<b_@x.com>")
                .hasMessageContaining("String.hashCode()");
        assertThat(store.folder("bob@x.com", "INBOX")).isEmpty();
        assertThat(subjects(store.folder("alice@gmail.com", "[Gmail]/Sent Mail"))).containsExactly("first");
    }

    @Test
    void concurrentDeliveriesAreAllStoredExactlyOnce() throws Exception {
        int threads = 8;
        int perThread = 100;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        // every thread also creates users on its first deliveries: own sender, shared new recipients
                        store.deliver("sender" + thread + "@gmail.com",
                                List.of("shared@example.com", "r" + (i % 10) + "@example.com"),
                                message(thread + "-" + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        List<String> expected = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                expected.add(t + "-" + i);
            }
        }
        assertThat(subjects(store.folder("shared@example.com", "INBOX")))
                .hasSize(threads * perThread)
                .containsExactlyInAnyOrderElementsOf(expected);
        int perRecipient = 0;
        for (int r = 0; r < 10; r++) {
            perRecipient += store.folder("r" + r + "@example.com", "INBOX").size();
        }
        assertThat(perRecipient).isEqualTo(threads * perThread);
        for (int t = 0; t < threads; t++) {
            assertThat(store.folder("sender" + t + "@gmail.com", "[Gmail]/Sent Mail")).hasSize(perThread);
        }
    }
}
