package dev.fakegmail.assertions;

import dev.fakegmail.server.ReceivedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the assertions read from a received message's headers that {@link ReceivedMessage} has no accessor for:
 * address headers other than {@code To:}, and the headers as the client submitted them. (Its parts — text, HTML,
 * attachments, inline parts — come from {@link ReceivedMessage} alone.)
 */
final class Headers {
    private Headers() {
    }

    /** The {@code local@domain} addresses of an address header (group members expanded); empty when absent. */
    static List<String> addresses(ReceivedMessage message, String headerName) {
        List<String> values = message.header(headerName);
        if (values.isEmpty()) {
            return List.of();
        }
        try {
            List<String> addresses = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(String.join(", ", values), false)) {
                InternetAddress[] members = address.isGroup() ? address.getGroup(false) : new InternetAddress[] {address};
                for (InternetAddress member : members) {
                    addresses.add(member.getAddress());
                }
            }
            return List.copyOf(addresses);
        } catch (AddressException e) {
            throw new IllegalStateException("Cannot parse the " + headerName + " header of " + message + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether the message as the client submitted it had a header {@code name} (case-insensitive). */
    static boolean submittedHasHeader(ReceivedMessage message, String name) {
        try {
            return new InternetHeaders(new ByteArrayInputStream(message.submittedBytes())).getHeader(name) != null;
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse the submitted headers of " + message + ": "
                    + e.getMessage(), e);
        }
    }
}
