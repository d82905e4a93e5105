package dev.fakegmail.samples.plain;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThatGmailRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.Transport;
import org.junit.jupiter.api.Test;

/** The Google Account behind the login: app passwords, and what a password change does to them. */
@FakeGmail(accounts = "alice@gmail.com")
class GoogleAccountTest {

    @Test
    void changingThePasswordRevokesEveryAppPassword(FakeGmailServer gmail) throws Exception {
        // README: google-account
        GmailAccount alice = gmail.account("alice@gmail.com");
        AppPassword crm = alice.createAppPassword("Mail on my CRM");   // crm.formatted() → "abcd efgh ijkl mnop"
        alice.changePassword("a-new-password");                       // revokes every app password, as Google does
        // README: end

        assertThat(crm.formatted()).matches("[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}");
        assertThat(crm.isRevoked()).isTrue();
        assertThat(alice.appPasswords()).isEmpty();

        GmailSmtpProfile saved = GmailSmtpProfile.startTls(gmail.hostName(), gmail.smtpPort(), alice.address(),
                crm.formatted(), gmail.certificateAuthority());
        try (Transport transport = saved.session().getTransport("smtp")) {
            assertThatGmailRejected(catchThrowable(transport::connect)).isBadCredentials();
        }
    }
}
