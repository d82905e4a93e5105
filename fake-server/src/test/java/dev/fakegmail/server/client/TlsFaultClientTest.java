package dev.fakegmail.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.SmtpSecurity;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.security.cert.CertificateExpiredException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TLS failures injected at the handshake, as Angus Mail reports them. */
class TlsFaultClientTest {
    private FakeGmailServer gmail;

    @BeforeEach
    void start() {
        gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start();
    }

    @AfterEach
    void stop() {
        gmail.close();
    }

    @ParameterizedTest
    @CsvSource({
        "STARTTLS, EXPIRED_CERTIFICATE, NotAfter",
        "STARTTLS, WRONG_HOST_NAME, No subject alternative DNS name matching localhost found",
        "STARTTLS, UNTRUSTED_CA, unable to find valid certification path to requested target",
        "SSL, EXPIRED_CERTIFICATE, NotAfter",
        "SSL, WRONG_HOST_NAME, No subject alternative DNS name matching localhost found",
        "SSL, UNTRUSTED_CA, unable to find valid certification path to requested target"})
    void theClientRefusesTheHandshake(SmtpSecurity type, TlsFailure failure, String reason) throws Exception {
        Stage stage = type == SmtpSecurity.SSL ? Stage.CONNECT : Stage.STARTTLS;
        gmail.faults().on(stage).once().inject(Fault.tls(failure));
        GmailSmtpProfile profile = gmail.profile(gmail.defaultAccount(), type);

        assertThatThrownBy(() -> Transport.send(message(profile)))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance)
                        .anyMatch(c -> String.valueOf(c.getMessage()).contains(reason))
                        .anyMatch(c -> failure != TlsFailure.EXPIRED_CERTIFICATE
                                || c instanceof CertificateExpiredException));
        Transport.send(message(profile));
        assertThat(gmail.receivedMessages()).hasSize(1);
        assertThat(gmail.faults().struck()).singleElement().satisfies(f -> assertThat(f.stage()).isEqualTo(stage));
    }

    private static MimeMessage message(GmailSmtpProfile profile) throws MessagingException {
        MimeMessage message = new MimeMessage(profile.session());
        message.setFrom(profile.username());
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject("TLS");
        message.setText("body");
        return message;
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
