package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.imap.commands.ImapCommand;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code FETCH n (BODY[.PEEK][section]<start.size>)} (and its {@code UID FETCH} form) for one message, as clients
 * read a large part chunk by chunk: Angus Mail asks for 16 KiB at a time. GreenMail renders the whole section again
 * for every chunk (writes the part out, decodes it to a string, copies it four times), so reading a 30 MB attachment
 * took about 40 s; this answers every chunk of the same section from one rendering, with GreenMail's own bytes
 * ({@code GreenMailUtil.getBodyAsBytes}) and GreenMail's reply, byte for byte.
 *
 * <p>Anything else goes to GreenMail: other items or several messages, a {@code BODY[…]} that would set
 * {@code \Seen} (GreenMail sets it and adds {@code FLAGS}), header sections, {@code message/rfc822} parts, a section
 * that does not exist. The rendering kept is one section of one message per session, dropped by the session's next
 * other command.
 */
final class PartialFetch {
    private static final Pattern ONE_CHUNK = Pattern.compile(
            "^ (\\d{1,9}) (\\()?BODY(\\.PEEK)?\\[(TEXT|\\d{1,4}(?:\\.\\d{1,4})*)?]"
                    + "<(\\d{1,9})\\.(\\d{1,9})>(\\))?\r?\n$");
    private static final String RFC822 = "message/rfc822";

    private final ImapCommand fetch;
    private MimeMessage renderedMessage;
    private String renderedSection;
    private byte[] rendered;
    private int renderings;

    /** @param fetch GreenMail's {@code FETCH} command, whose name ends the tagged reply */
    PartialFetch(ImapCommand fetch) {
        this.fetch = fetch;
    }

    /**
     * Answers the command when it is one chunk of one message's body section; otherwise false, and the caller hands
     * it to GreenMail.
     *
     * @param command GreenMail's {@code FETCH} or {@code UID} command, as the client named it
     * @param rest    the line after the command name, up to and including its line feed
     * @param request a reader over {@code rest}, left on the line feed when answered
     */
    boolean answer(ImapCommand command, String rest, ImapRequestLineReader request, ImapResponse response,
                   ImapSession session) throws ProtocolException {
        boolean uid = !command.getName().equals(fetch.getName());
        if (uid && !rest.startsWith(" FETCH ")) {
            forget();
            return false;
        }
        try {
            return answer(uid, uid ? rest.substring(" FETCH".length()) : rest, request, response, session);
        } catch (FolderException e) { // the message went in between: as GreenMail's command template answers it
            response.commandFailed(command, e.getResponseCode(), e.getMessage());
            return true;
        }
    }

    private boolean answer(boolean uid, String rest, ImapRequestLineReader request, ImapResponse response,
                           ImapSession session) throws ProtocolException, FolderException {
        Matcher chunk = ONE_CHUNK.matcher(rest);
        if (!chunk.matches() || (chunk.group(2) == null) != (chunk.group(7) == null)
                || !(session.getSelected() instanceof IndexedSessionFolder folder)) {
            forget();
            return false;
        }
        long id = Long.parseLong(chunk.group(1));
        Optional<StoredMessage> found = uid ? Optional.ofNullable(folder.getMessage(id)) : folder.messageAt(id);
        boolean setsSeen = chunk.group(3) == null && !folder.isReadonly();
        String section = chunk.group(4) == null ? "" : chunk.group(4);
        int start = Integer.parseInt(chunk.group(5));
        int size = Integer.parseInt(chunk.group(6));
        if (found.isEmpty() || size == 0 || setsSeen && !found.get().isSet(Flags.Flag.SEEN)) {
            forget();
            return false;
        }
        Optional<byte[]> bytes = render(found.get().getMimeMessage(), section);
        if (bytes.isEmpty()) {
            return false;
        }
        String data = (uid ? "UID " + found.get().getUid() + " " : "") + "BODY[" + section + "]<" + start + ">"
                + literal(bytes.get(), start, size);
        int msn = folder.getMsn(found.get().getUid());
        while (request.nextChar() != '\n') {
            request.consume();
        }
        response.fetchResponse(msn, data);
        session.unsolicitedResponses(response, !uid);
        response.commandComplete(fetch);
        return true;
    }

    /** How many sections this session rendered: the work that one rendering per section saves, for the tests. */
    int renderings() {
        return renderings;
    }

    /** Drops the kept rendering: the client moved on. */
    void forget() {
        renderedMessage = null;
        renderedSection = null;
        rendered = null;
    }

    private Optional<byte[]> render(MimeMessage message, String section) {
        if (message == renderedMessage && section.equals(renderedSection)) {
            return Optional.of(rendered);
        }
        forget();
        Optional<byte[]> bytes;
        try {
            bytes = renderFresh(message, section);
        } catch (MessagingException | IOException | IndexOutOfBoundsException e) {
            bytes = Optional.empty(); // GreenMail answers it, with its own NO
        }
        bytes.ifPresent(value -> {
            renderings++;
            renderedMessage = message;
            renderedSection = section;
            rendered = value;
        });
        return bytes;
    }

    /** The section's octets exactly as GreenMail's {@code FETCH} makes them; empty where it would do otherwise. */
    private static Optional<byte[]> renderFresh(MimeMessage message, String section)
            throws MessagingException, IOException {
        if (section.isEmpty()) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            message.writeTo(whole);
            return Optional.of(whole.toByteArray());
        }
        if (section.equals("TEXT")) {
            return Optional.of(GreenMailUtil.getBodyAsBytes(message));
        }
        if (!(message.getContent() instanceof Multipart multipart)) {
            return Optional.empty(); // GreenMail answers with the whole message's body
        }
        BodyPart part = null;
        for (String number : section.split("\\.")) {
            Multipart container = part == null ? multipart
                    : part.getContent() instanceof Multipart inner ? inner : null;
            if (container == null) {
                return Optional.empty();
            }
            part = container.getBodyPart(Integer.parseInt(number) - 1);
        }
        if (RFC822.equalsIgnoreCase(part.getContentType())) {
            return Optional.empty();
        }
        return Optional.of(GreenMailUtil.getBodyAsBytes(part));
    }

    /** {@code {n}CRLF} and the octets, clamped to the section as GreenMail clamps them. */
    private static String literal(byte[] bytes, int start, int size) {
        int from = Math.min(start, bytes.length);
        int length = Math.min(size, bytes.length - from);
        return "{" + length + "}\r\n" + new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
