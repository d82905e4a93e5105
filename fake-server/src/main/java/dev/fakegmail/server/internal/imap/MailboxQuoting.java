package dev.fakegmail.server.internal.imap;

import java.util.Locale;
import java.util.Set;

/**
 * Quotes the unquoted mailbox arguments of a command line before GreenMail parses it. RFC 3501 lets a client send
 * a mailbox name as an atom containing {@code ]} (Angus Mail sends {@code SELECT [Gmail]/Spam} that way), but
 * GreenMail's parser refuses {@code ]} in atoms, which would make every {@code [Gmail]} folder without a space in its
 * name unusable (docs/gmail-imap.md §5). Only mailbox positions are touched: the first argument of the commands that
 * take a mailbox first (both of RENAME), the last of COPY and MOVE (also after UID). Everything else, literals
 * included, passes through unchanged.
 */
final class MailboxQuoting {
    private static final Set<String> MAILBOX_FIRST = Set.of("SELECT", "EXAMINE", "CREATE", "DELETE", "SUBSCRIBE",
            "UNSUBSCRIBE", "STATUS", "APPEND", "GETQUOTAROOT");
    private static final Set<String> MAILBOX_LAST = Set.of("COPY", "MOVE");

    private MailboxQuoting() {
    }

    /**
     * The rest of a command line (everything after the command name, up to and including its line feed) with its
     * mailbox arguments quoted.
     */
    static String rewrite(String command, String rest) {
        if (MAILBOX_FIRST.contains(command)) {
            return quoteFrom(rest, 0, 1);
        }
        if (command.equals("RENAME")) {
            return quoteFrom(rest, 0, 2);
        }
        if (MAILBOX_LAST.contains(command) || command.equals("UID") && isUidCopyOrMove(rest)) {
            return quoteLast(rest);
        }
        return rest;
    }

    private static boolean isUidCopyOrMove(String rest) {
        String trimmed = rest.stripLeading();
        int space = trimmed.indexOf(' ');
        return space > 0 && MAILBOX_LAST.contains(trimmed.substring(0, space).toUpperCase(Locale.ROOT));
    }

    /** Quotes {@code count} consecutive arguments starting at the first argument at or after {@code from}. */
    private static String quoteFrom(String rest, int from, int count) {
        StringBuilder out = new StringBuilder(rest.length() + 4);
        int i = from;
        for (int n = 0; n < count; n++) {
            while (i < rest.length() && rest.charAt(i) == ' ') {
                out.append(' ');
                i++;
            }
            int end = tokenEnd(rest, i);
            out.append(quoted(rest.substring(i, end)));
            i = end;
        }
        return out.append(rest, i, rest.length()).toString();
    }

    private static String quoteLast(String rest) {
        int end = rest.length();
        while (end > 0 && (rest.charAt(end - 1) == '\n' || rest.charAt(end - 1) == '\r'
                || rest.charAt(end - 1) == ' ')) {
            end--;
        }
        int start = rest.lastIndexOf(' ', end - 1) + 1;
        if (start <= 0 || start >= end) {
            return rest;
        }
        return rest.substring(0, start) + quoted(rest.substring(start, end)) + rest.substring(end);
    }

    /** The end of the token at {@code start}: a quoted string, or up to the next space or line end. */
    private static int tokenEnd(String rest, int start) {
        if (start < rest.length() && rest.charAt(start) == '"') {
            for (int i = start + 1; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return i + 1;
                }
            }
            return rest.length();
        }
        int i = start;
        while (i < rest.length() && " \r\n".indexOf(rest.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** An atom as a quoted string; quoted strings, literals and empty tokens unchanged. */
    private static String quoted(String token) {
        if (token.isEmpty() || token.charAt(0) == '"' || token.endsWith("}") || token.indexOf(']') < 0) {
            return token;
        }
        return '"' + token + '"';
    }
}
