package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.ActivityEvent.Door;
import dev.fakegmail.server.ActivityEvent.Kind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standalone's line for a refused login: the same shape on every door, the IMAP door named with its command. */
class LoginLogTest {
    private static final Instant AT = Instant.parse("2026-01-31T09:30:00Z");

    @Test
    void anSmtpRefusalNamesTheMechanismAndWhatTheReplyMeans() {
        ActivityEvent event = new ActivityEvent(1, AT, "s1", Kind.LOGIN_REFUSED, Optional.of("alice@gmail.com"),
                Optional.of("PLAIN"), Optional.of("535 5.7.8"), "", Door.SMTP);

        assertThat(LoginLog.line(event, ZoneOffset.UTC)).isEqualTo("2026-01-31 09:30:00  login refused  alice@gmail.com"
                + "  PLAIN  535 5.7.8 (" + event.why().orElseThrow() + ")");
    }

    @Test
    void anImapRefusalNamesItsDoor() {
        ActivityEvent event = new ActivityEvent(2, AT, "s2", Kind.LOGIN_REFUSED, Optional.of("alice@gmail.com"),
                Optional.of("LOGIN"), Optional.of("NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"), "",
                Door.IMAP);

        assertThat(LoginLog.line(event, ZoneOffset.UTC)).isEqualTo("2026-01-31 09:30:00  login refused  alice@gmail.com"
                + "  IMAP LOGIN  NO [AUTHENTICATIONFAILED] Invalid credentials (Failure) ("
                + event.why().orElseThrow() + ")");
        assertThat(event.why()).isPresent();
    }
}
