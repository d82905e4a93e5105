package dev.fakegmail.http.internal.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakegmail.server.AccountSettings;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** docs/gmail-api.md §5 (drafts): the store's bounds, per account and per server, and what a reset does. */
class DraftStoreTest {
    private final FakeGmailServer gmail = FakeGmailServer.builder().account(AccountSettings.of("alice@gmail.com"))
            .account(AccountSettings.of("bob@gmail.com")).build();
    private final GmailAccount alice = gmail.account("alice@gmail.com");
    private final GmailAccount bob = gmail.account("bob@gmail.com");

    @AfterEach
    void close() {
        gmail.close();
    }

    @Test
    void anAccountKeepsAtMostMaxDraftsAndADeleteMakesRoom() {
        DraftStore store = new DraftStore(gmail, 2, 1 << 20);
        store.create(alice, mail(50), Optional.empty());
        store.create(alice, mail(50), Optional.empty());

        RefusedException full = catchThrowableOfType(RefusedException.class,
                () -> store.create(alice, mail(50), Optional.empty()));
        store.create(bob, mail(50), Optional.empty());
        store.delete(alice, "r1");

        assertThat(full.error()).isEqualTo(GoogleError.of(403, "This fake keeps at most 2 drafts per account; send or"
                + " delete one (drafts.send, drafts.delete) first", "quotaExceeded", "RESOURCE_EXHAUSTED"));
        assertThat(store.create(alice, mail(50), Optional.empty()).id()).isEqualTo("r4");
        assertThat(store.list(alice)).extracting(Draft::id).containsExactly("r4", "r2");
    }

    @Test
    void theServersDraftsTakeAtMostMaxBytesAndAnUpdateFreesWhatItReplaces() {
        DraftStore store = new DraftStore(gmail, 100, 250);
        store.create(alice, mail(100), Optional.empty());
        Draft second = store.create(bob, mail(100), Optional.empty());

        RefusedException full = catchThrowableOfType(RefusedException.class,
                () -> store.create(alice, mail(100), Optional.empty()));
        Draft updated = store.update(bob, second.id(), mail(150), Optional.empty());

        assertThat(full.error().message()).isEqualTo("This fake keeps at most 250 bytes of drafts; send or delete some"
                + " (drafts.send, drafts.delete) first");
        assertThat(full.error().code()).isEqualTo(403);
        assertThat(updated.size()).isEqualTo(mail(150).length);
        assertThat(store.list(bob)).singleElement().isEqualTo(updated);
    }

    @Test
    void aResetForgetsEveryDraftAndFreesTheBytes() {
        DraftStore store = new DraftStore(gmail, 100, 300);
        store.create(alice, mail(250), Optional.empty());

        gmail.reset();

        assertThat(store.list(alice)).isEmpty();
        Draft fresh = store.create(alice, mail(250), Optional.empty());
        assertThat(fresh.id()).isEqualTo("r1");
        assertThat(fresh.messageId()).isEqualTo("2000000000000001");
    }

    /** A message of exactly {@code size} bytes (CRLF line ends already). */
    private static byte[] mail(int size) {
        String head = "To: bob@gmail.com\r\nSubject: x\r\n\r\n";
        return (head + "y".repeat(size - head.length())).getBytes(StandardCharsets.US_ASCII);
    }
}
