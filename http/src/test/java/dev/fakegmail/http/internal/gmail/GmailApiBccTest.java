package dev.fakegmail.http.internal.gmail;

import static dev.fakegmail.http.internal.gmail.GmailApiServer.ALICE;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.BOB;
import static dev.fakegmail.http.internal.gmail.GmailApiServer.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import dev.fakegmail.server.OAuthClient;
import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/gmail-api.md §5: a send through the API delivers without its {@code Bcc} header, and the envelope keeps them. */
class GmailApiBccTest {
    @RegisterExtension
    static final GmailApiServer GMAIL = new GmailApiServer();

    private static final OAuthClient CLIENT = new OAuthClient("123-crm.apps.googleusercontent.com", "GOCSPX-crm");

    @Test
    void bccIsRemovedFromWhatIsDeliveredAndStillReachesItsRecipient() throws Exception {
        Gmail gmail = GoogleClients.gmail(GMAIL.server(), GMAIL.account(ALICE).mintRefreshToken(CLIENT));
        byte[] mail = GoogleClients.mail("Board minutes", "From", ALICE.address(), "To", BOB.address(),
                "Bcc", CAROL.address());

        gmail.users().messages().send("me", new Message().encodeRaw(mail)).execute();

        ReceivedMessage received = GMAIL.server().awaitMessages(1, Duration.ofSeconds(5)).get(0);
        assertThat(received.envelope().recipients()).containsExactly(BOB.address(), CAROL.address());
        assertThat(received.header("Bcc")).isEmpty();
        assertThat(new String(received.rawBytes(), StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("bcc:");
        assertThat(new String(received.submittedBytes(), StandardCharsets.ISO_8859_1))
                .contains("Bcc: " + CAROL.address());
        MimeMessage carolsCopy = GMAIL.server().mailbox(CAROL.address(), "INBOX").get(0);
        assertThat(carolsCopy.getSubject()).isEqualTo("Board minutes");
        assertThat(carolsCopy.getHeader("Bcc")).isNull();
        assertThat(GMAIL.server().mailbox(BOB.address(), "INBOX").get(0).getHeader("Bcc")).isNull();
    }
}
