package dev.fakegmail.samples.crm;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.junit.Ssl;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.GmailSmtpProfile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The CRM's Gmail SMTP profile against the fake Gmail: the fields an admin types in, "Send test email", a
 * transactional email, and the advice shown for Gmail's refusals.
 */
@FakeGmail
class SmtpProfileSettingsTest {
    private static final String CUSTOMER = "customer@example.com";

    @Test
    void startTlsOnPort587Delivers(GmailSmtpProfile profile, FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile);

        TestEmailResult result = CrmForms.mailer(form, profile).sendTestEmail(CUSTOMER);

        assertThat(result.sent()).as(result.message()).isTrue();
        assertThat(gmail).singleMessage().hasSubject("Test email from your CRM").hasTo(CUSTOMER)
                .isFrom(profile.username()).wasAuthenticatedAs(profile.username()).wasSentOverTls();
    }

    @Test
    void typeSslDelivers(@Ssl GmailSmtpProfile profile, FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile);
        assertThat(form.type()).isEqualTo(ConnectionType.SSL);
        assertThat(form.port()).isEqualTo(gmail.sslPort());

        TestEmailResult result = CrmForms.mailer(form, profile).sendTestEmail(CUSTOMER);

        assertThat(result.sent()).as(result.message()).isTrue();
        assertThat(gmail).singleMessage().hasTo(CUSTOMER).wasSentOverTls();
    }

    @Test
    void theAccountPasswordIsRefusedWithAdviceToCreateAnAppPassword(GmailSmtpProfile profile, GmailAccount account,
                                                                     FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile).withPassword(account.password());

        TestEmailResult result = CrmForms.mailer(form, profile).sendTestEmail(CUSTOMER);

        assertThat(result.sent()).isFalse();
        assertThat(result.problem()).contains(MailProblem.APP_PASSWORD_REQUIRED);
        assertThat(result.message()).contains("Turn on 2-Step Verification", "create an app password",
                "534-5.7.9 Application-specific password required.");
        assertThat(gmail).hasReceived(0);
    }

    @Test
    void afterThePasswordChangesTheSavedAppPasswordFailsAndANewOneWorks(GmailSmtpProfile profile, GmailAccount account,
                                                                        FakeGmailServer gmail) {
        SmtpProfileForm saved = CrmForms.from(profile);
        assertThat(CrmForms.mailer(saved, profile).sendTestEmail(CUSTOMER).sent()).isTrue();

        account.changePassword("a-brand-new-google-password");
        TestEmailResult refused = CrmForms.mailer(saved, profile).sendTestEmail(CUSTOMER);

        assertThat(refused.problem()).contains(MailProblem.BAD_CREDENTIALS);
        assertThat(refused.message()).contains("revokes every app password", "create a new app password",
                "535-5.7.8 Username and Password not accepted.");

        AppPassword created = account.createAppPassword("CRM");
        SmtpProfileForm updated = saved.withPassword(created.formatted());   // pasted as Google shows it: with spaces
        TestEmailResult again = CrmForms.mailer(updated, profile).sendTestEmail(CUSTOMER);

        assertThat(again.sent()).as(again.message()).isTrue();
        assertThat(gmail).hasReceived(2);
        assertThat(created.lastUsed()).isPresent();
    }

    @Test
    void useSslOffGetsGmails530WithAdviceToChooseStartTls(GmailSmtpProfile profile, FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile).withUseSsl(false);

        TestEmailResult result = CrmForms.mailer(form, profile).sendTestEmail(CUSTOMER);

        assertThat(result.problem()).contains(MailProblem.STARTTLS_REQUIRED);
        assertThat(result.message()).contains("Type to STARTTLS with Port 587",
                "530-5.7.0 Must issue a STARTTLS command first.");
        assertThat(gmail).hasReceived(0);
    }

    @Test
    void typeSslOnTheStartTlsPortIsExplained(GmailSmtpProfile profile, FakeGmailServer gmail) {
        SmtpProfileForm form = CrmForms.from(profile).withType(ConnectionType.SSL, gmail.smtpPort());

        TestEmailResult result = CrmForms.mailer(form, profile).sendTestEmail(CUSTOMER);

        assertThat(result.problem()).contains(MailProblem.WRONG_PORT_FOR_TYPE);
        assertThat(result.message()).contains("Type SSL needs Port 465");
    }

    @Test
    void htmlAndThePdfAttachmentArriveIntact(GmailSmtpProfile profile, FakeGmailServer gmail) throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String html = "<h1>Invoice 1042</h1><p>Thank you, Zoë. The total is <b>€ 120.00</b>.</p>";

        CrmForms.mailer(CrmForms.from(profile), profile)
                .send(new TransactionalEmail(CUSTOMER, "Invoice 1042 — thank you", html, "invoice-1042.pdf", pdf));

        assertThat(gmail).singleMessage()
                .hasSubject("Invoice 1042 — thank you")
                .hasHtmlContaining("<h1>Invoice 1042</h1>", "Thank you, Zoë", "<b>€ 120.00</b>")
                .hasAttachments("invoice-1042.pdf")
                .attachment("invoice-1042.pdf").hasContentType("application/pdf").hasContent(pdf);
    }

    @Test
    void aTransactionalEmailThatGmailRefusesCarriesTheAdvice(GmailSmtpProfile profile, GmailAccount account) {
        SmtpProfileForm form = CrmForms.from(profile).withPassword(account.password());
        TransactionalEmail email = new TransactionalEmail(CUSTOMER, "Invoice", "<p>Hi</p>", "invoice.pdf", new byte[] {1});

        assertThatThrownBy(() -> CrmForms.mailer(form, profile).send(email))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("Gmail wants an app password")
                .satisfies(e -> assertThat(((MailDeliveryException) e).problem())
                        .isEqualTo(MailProblem.APP_PASSWORD_REQUIRED));
    }
}
