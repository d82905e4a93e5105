package dev.fakegmail.http.internal.gmail;

import dev.fakegmail.http.internal.kernel.Exchange;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;

/**
 * The message of an upload to {@code /upload/gmail/v1/users/{userId}/messages/send} (docs/gmail-api.md §5):
 * {@code uploadType=media} sends it as the body ({@code message/rfc822}); {@code uploadType=multipart} sends
 * {@code multipart/related} with the JSON metadata first and the message second.
 */
final class Upload {
    private Upload() {
    }

    static byte[] message(Exchange call) throws IOException {
        String type = call.query("uploadType").orElse("");
        byte[] body = call.bytes();
        if (type.equals("media")) {
            return body;
        }
        if (!type.equals("multipart")) {
            throw GoogleError.invalidArgument("Invalid upload type: \"" + type + "\"; this fake serves uploadType=media"
                    + " and uploadType=multipart").refused();
        }
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body,
                    call.header("Content-Type").orElse("multipart/related")));
            if (multipart.getCount() < 2) {
                throw GoogleError.rawRequired().refused();
            }
            BodyPart media = multipart.getBodyPart(1);
            try (InputStream in = media.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (MessagingException e) {
            throw GoogleError.invalidArgument("The multipart/related body cannot be read: " + e.getMessage())
                    .refused();
        }
    }
}
