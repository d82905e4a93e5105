package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapConstants;
import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.imap.commands.CommandParser;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import dev.fakegmail.server.internal.store.MailStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * LIST, LSUB and XLIST as Gmail answers them (docs/gmail-imap.md §4): delimiter {@code /}, a {@code [Gmail]}
 * parent that cannot be selected, the special-use attributes of Gmail's folders (XLIST: Gmail's older names), and
 * the user's own folders. Attributes are sorted as Gmail sorts them.
 */
final class GmailFolderList {
    private static final String GMAIL = "[Gmail]";
    private static final Map<String, String> SPECIAL_USE = Map.of(
            MailStore.ALL_MAIL, "\\All", "[Gmail]/Drafts", "\\Drafts", "[Gmail]/Important", "\\Important",
            MailStore.SENT_MAIL, "\\Sent", "[Gmail]/Spam", "\\Junk", "[Gmail]/Starred", "\\Flagged",
            "[Gmail]/Trash", "\\Trash");
    private static final Map<String, String> XLIST = Map.of(
            MailStore.INBOX, "\\Inbox", MailStore.ALL_MAIL, "\\AllMail", "[Gmail]/Drafts", "\\Drafts",
            "[Gmail]/Important", "\\Important", MailStore.SENT_MAIL, "\\Sent", "[Gmail]/Spam", "\\Spam",
            "[Gmail]/Starred", "\\Starred", "[Gmail]/Trash", "\\Trash");

    /** Parses {@code reference pattern} and writes the matching folders and the tagged OK. */
    void list(String tag, String command, ImapRequestLineReader request, CommandParser parser, ImapSession session,
              ImapWire wire) throws ProtocolException {
        String reference = parser.astring(request);
        String pattern = listMailbox(request, parser);
        parser.endLine(request);
        if (pattern.isEmpty()) {
            wire.line("* " + command + " (\\Noselect) \"/\" \"\"");
        } else {
            Pattern matcher = compile(reference + pattern);
            List<String> names = names(session);
            for (String name : names) {
                if (matcher.matcher(name).matches() || name.equals(MailStore.INBOX)
                        && matcher.matcher("inbox").matches()) {
                    wire.line("* " + command + " (" + attributes(command, name, names) + ") \"/\" " + quote(name));
                }
            }
        }
        wire.reply(GimapReply.SUCCESS, tag);
    }

    /** Every folder of the logged-in user, INBOX first, then in Gmail's (code point) order. */
    private static List<String> names(ImapSession session) {
        String prefix = ImapConstants.USER_NAMESPACE + ImapConstants.HIERARCHY_DELIMITER
                + session.getUser().getQualifiedMailboxName() + ImapConstants.HIERARCHY_DELIMITER;
        TreeSet<String> sorted = new TreeSet<>();
        try {
            for (MailFolder folder : session.getHost().listMailboxes(session.getUser(), "*")) {
                String name = folder.getFullName();
                if (name.startsWith(prefix) && !name.substring(prefix.length()).equals(MailStore.INBOX)) {
                    sorted.add(name.substring(prefix.length()));
                }
            }
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot list the folders of " + session.getUser().getEmail(), e);
        }
        if (sorted.stream().anyMatch(name -> name.startsWith(GMAIL + "/"))) {
            sorted.add(GMAIL);
        }
        List<String> names = new ArrayList<>(sorted.size() + 1);
        names.add(MailStore.INBOX);
        names.addAll(sorted);
        return names;
    }

    private static String attributes(String command, String name, List<String> names) {
        TreeSet<String> attributes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean children = names.stream().anyMatch(other -> other.startsWith(name + "/"));
        attributes.add(children ? "\\HasChildren" : "\\HasNoChildren");
        if (name.equals(GMAIL)) {
            attributes.add("\\Noselect");
        }
        String special = (command.equals("XLIST") ? XLIST : SPECIAL_USE).get(name);
        if (special != null) {
            attributes.add(special);
        }
        return String.join(" ", attributes);
    }

    /** {@code *} matches anything, {@code %} anything but the delimiter (RFC 3501 §6.3.8). */
    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '%') {
                regex.append(Pattern.quote(pattern.substring(start, i))).append(c == '*' ? ".*" : "[^/]*");
                start = i + 1;
            }
        }
        regex.append(Pattern.quote(pattern.substring(start)));
        return Pattern.compile(regex.toString());
    }

    /** A list-mailbox: a quoted string or literal, or atom characters with the wildcards {@code %} and {@code *}. */
    private static String listMailbox(ImapRequestLineReader request, CommandParser parser) throws ProtocolException {
        char first = request.nextWordChar();
        if (first == '"' || first == '{') {
            return parser.astring(request);
        }
        StringBuilder word = new StringBuilder();
        for (char c = request.nextChar(); c != ' ' && c != '\r' && c != '\n'; c = request.nextChar()) {
            word.append(request.consume());
        }
        return word.toString();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
