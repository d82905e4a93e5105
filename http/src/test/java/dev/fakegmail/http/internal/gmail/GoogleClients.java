package dev.fakegmail.http.internal.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.RefreshToken;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.Properties;

/** Google's Java client pointed at a fake by its root URL and token URI only, as an application's test would. */
final class GoogleClients {
    private GoogleClients() {
    }

    static Gmail gmail(FakeGmailServer server, RefreshToken refreshToken) {
        UserCredentials credentials = UserCredentials.newBuilder()
                .setClientId(refreshToken.client().clientId())
                .setClientSecret(refreshToken.client().clientSecret())
                .setRefreshToken(refreshToken.value())
                .setTokenServerUri(server.tokenUri())
                .build();
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(credentials))
                .setRootUrl(server.gmailApiRootUrl())
                .setApplicationName("crm-test")
                .build();
    }

    /** A plain text message with these headers (name, value pairs) and a one-line body. */
    static byte[] mail(String subject, String... headers) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject(subject);
        message.setText("Hello, this is " + subject + ".\r\n", "UTF-8");
        message.saveChanges(); // before the headers: it would replace a Message-ID given here
        for (int i = 0; i < headers.length; i += 2) {
            message.setHeader(headers[i], headers[i + 1]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    static InternetAddress address(String address) throws Exception {
        return new InternetAddress(address);
    }

    /**
     * What a client script met after a planned fault and an unknown id (both scripts, Python's and Node's): Google's
     * 404 for {@code /unknown} and the planned 429 for {@code /limited}.
     */
    static void assertNotFoundAndRateLimited(JsonNode result) {
        assertThat(result.at("/unknown/status").asInt()).isEqualTo(404);
        assertThat(result.at("/unknown/error/message").asText())
                .isEqualTo("Requested entity was not found.");
        assertThat(result.at("/unknown/error/errors/0/reason").asText())
                .isEqualTo("notFound");
        assertThat(result.at("/limited/status").asInt()).isEqualTo(429);
        assertThat(result.at("/limited/error/errors/0/reason").asText())
                .isEqualTo("rateLimitExceeded");
        assertThat(result.at("/limited/error/message").asText())
                .startsWith("User-rate limit exceeded.  Retry after ");
    }
}
