package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fakegmail.server.internal.auth.AuthResult;
import dev.fakegmail.server.internal.auth.SaslDecoding;
import dev.fakegmail.server.internal.auth.SaslDecoding.Credentials;
import dev.fakegmail.server.internal.delivery.Submission;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fuzz targets for the AUTH decoders (PLAIN, LOGIN's base64 lines, XOAUTH2, OAUTHBEARER) and for a whole
 * {@link AuthExchange} driven by arbitrary client lines: nothing throws, a decoder gives back what a client encoded,
 * the exchange answers only with AUTH replies, accepts only the right credentials, and a credential's
 * {@code toString()} never shows the secret.
 */
class SaslFuzzTest {
    private static final String USER = "u@gmail.com";
    private static final String SECRET = "abcdefghijklmnop";
    private static final String TOKEN = "ya29.good";
    private static final Set<GmailReply> AUTH_REPLIES = EnumSet.of(GmailReply.SYNTAX_PARAMETERS,
            GmailReply.EMPTY_CHALLENGE, GmailReply.LOGIN_USERNAME, GmailReply.LOGIN_PASSWORD,
            GmailReply.AUTH_ACCEPTED, GmailReply.BAD_CREDENTIALS, GmailReply.APP_PASSWORD_REQUIRED,
            GmailReply.CANNOT_DECODE, GmailReply.UNRECOGNIZED_AUTH_TYPE, GmailReply.XOAUTH_UNSUPPORTED,
            GmailReply.TOO_MANY_LOGIN_ATTEMPTS, GmailReply.AUTH_ABORTED, GmailReply.AUTH_LINE_TOO_LONG,
            GmailReply.AUTH_TEMPORARY_FAILURE, GmailReply.XOAUTH2_ERROR_CHALLENGE,
            GmailReply.OAUTHBEARER_ERROR_CHALLENGE);

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"=", "==", "AA", "AAA=", "\\x00", "\\x01", "user=", "auth=Bearer ", "n,a=", "=2C",
        "=3D"})
    void decodersNeverThrowAndNeverShowTheSecret(byte[] data) {
        String response = new String(data, StandardCharsets.ISO_8859_1);
        for (String text : List.of(response, Base64.getEncoder().encodeToString(data))) {
            SaslDecoding.base64(text);
            SaslDecoding.base64Text(text);
            check(SaslDecoding.plain(text));
            check(SaslDecoding.xoauth2(text));
            check(SaslDecoding.oauthBearer(text));
        }
        Optional<Credentials> plain = SaslDecoding.plain(Base64.getEncoder().encodeToString(data));
        String decoded = new String(data, StandardCharsets.UTF_8);
        assertThat(plain.isPresent()).as("PLAIN splits into exactly three parts")
                .isEqualTo(decoded.chars().filter(c -> c == 0).count() == 2);
    }

    @FuzzTest(maxDuration = "10m")
    void whatAClientEncodesIsDecoded(FuzzedDataProvider data) {
        String authzid = data.consumeString(40);
        String user = data.consumeString(80);
        String secret = data.consumeRemainingAsString();
        if (!roundTrips(authzid) || !roundTrips(user) || !roundTrips(secret)) {
            return;
        }
        if (authzid.indexOf(0) < 0 && user.indexOf(0) < 0 && secret.indexOf(0) < 0) {
            assertThat(SaslDecoding.plain(encode(authzid + "\0" + user + "\0" + secret)))
                    .contains(new Credentials(user, secret));
        }
        assertThat(SaslDecoding.base64Text(encode(secret))).contains(secret);
        if (user.indexOf(1) < 0 && secret.indexOf(1) < 0 && !secret.isEmpty() && !user.startsWith("auth=Bearer ")) {
            assertThat(SaslDecoding.xoauth2(encode("user=" + user + "\u0001auth=Bearer " + secret + "\u0001\u0001")))
                    .contains(new Credentials(user, secret));
        }
        if (user.indexOf(1) < 0 && secret.indexOf(1) < 0) {
            String escaped = user.replace("=", "=3D").replace(",", "=2C");
            assertThat(SaslDecoding.oauthBearer(encode("n,a=" + escaped + ",\u0001host=smtp.gmail.com\u0001port=587"
                    + "\u0001auth=Bearer " + secret + "\u0001\u0001"))).contains(new Credentials(user, secret));
        }
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"PLAIN ", "LOGIN ", "XOAUTH2 ", "OAUTHBEARER ", "PLAIN-CLIENTTOKEN ", "XOAUTH", "*",
        "\\x0a", "AHVAZ21haWwuY29tAGFiY2RlZmdoaWprbG1ub3A=", "dUBnbWFpbC5jb20=", "YWJjZGVmZ2hpamtsbW5vcA==",
        "AQ=="})
    void anExchangeAnswersOnlyWithAuthRepliesAndAcceptsOnlyTheRightSecret(byte[] data) throws IOException {
        String[] lines = new String(data, StandardCharsets.ISO_8859_1).split("\n", -1);
        ScriptedConversation conversation = new ScriptedConversation(lines);
        Optional<AuthExchange.Identity> identity;
        try {
            identity = new AuthExchange(conversation, new OneAccount(), 64).run(lines[0]);
        } catch (EOFException endOfScript) {
            identity = Optional.empty();
            assertThat(conversation.exhausted()).isTrue();
        }
        assertThat(AUTH_REPLIES).containsAll(conversation.replies);
        long accepted = conversation.replies.stream().filter(r -> r == GmailReply.AUTH_ACCEPTED).count();
        assertThat(accepted).isLessThanOrEqualTo(1);
        if (identity.isPresent()) {
            assertThat(conversation.replies).last().isEqualTo(GmailReply.AUTH_ACCEPTED);
            assertThat(identity.get().user()).isEqualTo(USER);
        } else {
            assertThat(accepted).isZero();
        }
    }

    private static void check(Optional<Credentials> credentials) {
        credentials.ifPresent(c -> assertThat(c.toString()).isEqualTo("Credentials[user=" + c.user() + "]"));
    }

    private static boolean roundTrips(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hands out the script's lines after the first; past the end the client has gone (EOF). */
    private static final class ScriptedConversation implements Conversation {
        private final String[] lines;
        private int next = 1;
        final List<GmailReply> replies = new ArrayList<>();

        ScriptedConversation(String[] lines) {
            this.lines = lines;
        }

        @Override
        public void reply(GmailReply reply, Object... args) {
            replies.add(reply);
        }

        @Override
        public SmtpInput.Line readLine(int maxOctets) throws IOException {
            if (next >= lines.length) {
                throw new EOFException("end of script");
            }
            byte[] line = lines[next++].getBytes(StandardCharsets.ISO_8859_1);
            boolean tooLong = line.length + 2 > maxOctets;
            return new SmtpInput.Line(tooLong ? java.util.Arrays.copyOf(line, maxOctets - 1) : line, tooLong);
        }

        @Override
        public boolean strike(Stage point, Optional<String> account) {
            return false; // no injected faults
        }

        boolean exhausted() {
            return next >= lines.length;
        }
    }

    /** One account: {@value USER} with app password {@value SECRET} and token {@value TOKEN}. */
    private static final class OneAccount implements SmtpBackend {
        @Override
        public AuthResult authenticate(String username, String password) {
            return USER.equals(username) && SECRET.equals(password) ? AuthResult.ACCEPTED : AuthResult.BAD_CREDENTIALS;
        }

        @Override
        public AuthResult authenticateBearer(String username, String token) {
            return USER.equals(username) && TOKEN.equals(token) ? AuthResult.ACCEPTED : AuthResult.BAD_CREDENTIALS;
        }

        @Override
        public boolean maySend(String username) {
            return true;
        }

        @Override
        public void store(Submission submission) {
            throw new AssertionError("AUTH stores nothing");
        }

        @Override
        public void acknowledged(Submission submission) {
            throw new AssertionError("AUTH stores nothing");
        }
    }
}
