package dev.fakegmail.http.internal.web;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A text part's content as a string, the way the core's message model decodes it (transfer encoding, then the
 * declared charset, UTF-8 when none or an unknown one is declared). The HTTP side reads only the core's public API;
 * this stays here until {@code ReceivedMessage} answers a message's text and HTML parts itself.
 */
final class PartText {
    private PartText() {
    }

    static String decode(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charsetOf(part));
        }
    }

    private static Charset charsetOf(Part part) throws MessagingException {
        try {
            String declared = new ContentType(part.getContentType()).getParameter("charset");
            if (declared == null || declared.isBlank()) {
                return StandardCharsets.UTF_8;
            }
            return Charset.forName(MimeUtility.javaCharset(declared.trim()));
        } catch (ParseException | IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
