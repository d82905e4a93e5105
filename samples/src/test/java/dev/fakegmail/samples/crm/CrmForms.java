package dev.fakegmail.samples.crm;

import dev.fakegmail.server.GmailSmtpProfile;

/** Fills the CRM's form from the profile the fake Gmail hands out, as an admin would type it. */
final class CrmForms {
    private CrmForms() {
    }

    /** Host Name, Username, Password, Port, Use SSL and Type, taken field by field from the profile. */
    static SmtpProfileForm from(GmailSmtpProfile profile) {
        return new SmtpProfileForm(profile.hostName(), profile.username(), profile.password(), profile.port(),
                profile.useSsl(), ConnectionType.valueOf(profile.type().name()));
    }

    /** The CRM's mailer for {@code form}, trusting the fake's test CA (in production: the JVM's trust store). */
    static CrmMailer mailer(SmtpProfileForm form, GmailSmtpProfile profile) {
        return new CrmMailer(form, profile.certificateAuthority().socketFactory());
    }

    /** The CRM's reply sync for the same {@code form}, on the fake's IMAP port, with the same trust as the mailer. */
    static ReplySync replySync(SmtpProfileForm form, GmailSmtpProfile profile, int imapPort) {
        return new ReplySync(form, imapPort, profile.certificateAuthority().socketFactory());
    }
}
