package dev.fakegmail.server;

import dev.fakegmail.server.internal.mime.MimeSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Takes a {@link MessageSummary} out of a message with one parse; never fails. */
final class SummaryReader {
    private SummaryReader() {
    }

    static MessageSummary of(String id, Envelope envelope, java.time.Instant acceptedAt, byte[] delivered) {
        try {
            MimeMessage message = MimeSupport.parse(delivered);
            String from = MimeSupport.addresses(message, "From").stream().map(MimeSupport::display)
                    .collect(Collectors.joining(", "));
            List<String> to = MimeSupport.addresses(message, "To").stream().map(InternetAddress::getAddress).toList();
            String messageId = message.getHeader("Message-ID", null);
            List<String> attachments = PartWalk.of(message).attachments().stream().map(MessagePart::fileName)
                    .toList();
            return new MessageSummary(id, acceptedAt, envelope, from, to, MimeSupport.subject(message),
                    Optional.ofNullable(messageId).map(MimeSupport::unfold).map(String::trim), delivered.length,
                    attachments);
        } catch (MessagingException | IOException | RuntimeException malformed) {
            return new MessageSummary(id, acceptedAt, envelope, "", List.of(), "",
                    Optional.empty(), delivered.length, List.of());
        }
    }
}
