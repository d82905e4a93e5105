package dev.fakegmail.samples.crm;

import java.util.Objects;

/**
 * A transactional email: an HTML body and one PDF attachment (an invoice, a contract, a ticket).
 *
 * @param to             the recipient's address
 * @param subject        the subject line
 * @param html           the HTML body
 * @param attachmentName the PDF's file name, e.g. {@code invoice-1042.pdf}
 * @param pdf            the PDF's bytes (copied)
 */
public record TransactionalEmail(String to, String subject, String html, String attachmentName, byte[] pdf) {

    /** Checks for missing parts and copies the PDF. */
    public TransactionalEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(attachmentName, "attachmentName");
        pdf = Objects.requireNonNull(pdf, "pdf").clone();
    }

    /** A copy of the PDF's bytes. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
