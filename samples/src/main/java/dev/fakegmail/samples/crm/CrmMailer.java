package dev.fakegmail.samples.crm;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * The CRM's mail service, configured by a {@link SmtpProfileForm}: "Send test email" and transactional emails
 * (HTML with a PDF attachment). Gmail's rejections become a {@link MailProblem} with advice a person can act on.
 *
 * <p>The certificate of the server is always verified, host name included. In production the JVM's trust store
 * does that for {@code smtp.gmail.com}; a test hands in a socket factory that trusts its own test CA.
 */
public final class CrmMailer {
    private static final String TIMEOUT_MILLIS = "10000";

    private final SmtpProfileForm form;
    private final SSLSocketFactory trust;

    /** A mailer that verifies the server with the JVM's default trust store, as in production. */
    public CrmMailer(SmtpProfileForm form) {
        this(form, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** A mailer that verifies the server's certificate with {@code trust} (a test CA, a company CA). */
    public CrmMailer(SmtpProfileForm form, SSLSocketFactory trust) {
        this.form = Objects.requireNonNull(form, "form");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** The "Send test email" button: never throws for a mail failure, it returns the advice to show instead. */
    public TestEmailResult sendTestEmail(String to) {
        try {
            MimeMessage message = newMessage(to, "Test email from your CRM");
            message.setText("If you can read this, the Gmail SMTP profile of your CRM works.", "UTF-8");
            deliver(message);
            return TestEmailResult.sent(to);
        } catch (MessagingException e) {
            return TestEmailResult.failed(GmailDiagnosis.of(e), firstLine(e));
        }
    }

    /**
     * Sends an HTML email with a PDF attachment.
     *
     * @return the email's {@code Message-ID}, which a reply names in {@code In-Reply-To} (see {@link ReplySync})
     * @throws MailDeliveryException with the advice when Gmail does not accept it
     */
    public String send(TransactionalEmail email) throws MailDeliveryException {
        try {
            MimeMessage message = newMessage(email.to(), email.subject());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), "UTF-8", "html");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(email.pdf(), "application/pdf")));
            pdf.setFileName(email.attachmentName());
            pdf.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(html, pdf));
            deliver(message);
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new MailDeliveryException(GmailDiagnosis.of(e), e);
        }
    }

    /**
     * Sends like {@code Transport.send}, but keeps Gmail's reply. {@code Transport.send} closes the connection in a
     * {@code finally} block; after a reply that closes the connection (Gmail's {@code 421}) that close can fail when
     * the server has already reset the connection, and its "Can't send command to SMTP host" then replaces the reply
     * that says what happened. (The fake closes politely, so this shows only against servers that do not.)
     */
    private static void deliver(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport transport = message.getSession().getTransport("smtp");
        try {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // Gmail has either accepted the message or refused it already; the failure to say QUIT changes neither.
        }
    }

    private MimeMessage newMessage(String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(form.username());
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        return message;
    }

    /** A Jakarta Mail session for the form's fields. */
    Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", form.hostName());
        properties.setProperty("mail.smtp.port", Integer.toString(form.port()));
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        if (form.useSsl() && form.type() == ConnectionType.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        } else if (form.useSsl()) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        }
        properties.put("mail.smtp.ssl.socketFactory", trust);
        properties.setProperty("mail.smtp.ssl.socketFactory.fallback", "false");
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
        String username = form.username();
        String password = form.password();
        return Session.getInstance(properties, new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        });
    }

    private static String firstLine(Exception e) {
        return SmtpReply.in(e).map(SmtpReply::text).orElseGet(() -> String.valueOf(e.getMessage()).lines()
                .findFirst().orElse(e.getClass().getSimpleName()));
    }
}
