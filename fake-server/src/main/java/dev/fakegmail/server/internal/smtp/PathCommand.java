package dev.fakegmail.server.internal.smtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The argument of {@code MAIL FROM:<path> params} or {@code RCPT TO:<path> params}, parsed strictly enough to
 * answer like Gmail: a path in angle brackets, then ESMTP parameters separated by spaces.
 *
 * @param address    the path without brackets (empty for the null reverse path {@code <>})
 * @param parameters the parameters as written, e.g. {@code SIZE=171}, {@code SMTPUTF8}
 */
record PathCommand(String address, List<String> parameters) {

    /** Copies the parameter list. */
    PathCommand {
        parameters = List.copyOf(parameters);
    }

    /**
     * Parses the text after the verb, for example {@code FROM:<a@b.c> SIZE=12}. Empty when the syntax is wrong:
     * missing keyword or brackets, spaces inside the path, control characters anywhere.
     *
     * @param keyword {@code FROM} or {@code TO}
     */
    static Optional<PathCommand> parse(String argument, String keyword) {
        String prefix = keyword + ":";
        if (argument.length() < prefix.length()
                || !argument.substring(0, prefix.length()).equalsIgnoreCase(prefix)) {
            return Optional.empty();
        }
        String rest = argument.substring(prefix.length()).stripLeading();
        if (!rest.startsWith("<")) {
            return Optional.empty();
        }
        int close = closingBracket(rest);
        if (close < 0) {
            return Optional.empty();
        }
        String address = rest.substring(1, close);
        List<String> parameters = new ArrayList<>();
        for (String word : rest.substring(close + 1).split(" +")) {
            if (!word.isEmpty()) {
                parameters.add(word);
            }
        }
        return Optional.of(new PathCommand(address, parameters));
    }

    /** The value of a {@code KEY=value} parameter, matched case-insensitively. */
    Optional<String> parameter(String key) {
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (name.equalsIgnoreCase(key)) {
                return Optional.of(equals < 0 ? "" : parameter.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    /** The parameter names in upper case. */
    List<String> parameterNames() {
        return parameters.stream().map(p -> {
            int equals = p.indexOf('=');
            return (equals < 0 ? p : p.substring(0, equals)).toUpperCase(Locale.ROOT);
        }).toList();
    }

    /**
     * Whether the address is acceptable: printable ASCII without spaces or brackets (outside a quoted local part),
     * or also well-formed UTF-8 text when the transaction uses SMTPUTF8 (RFC 6531; an invalid octet, an overlong
     * encoding or a lone continuation byte is undecodable, as without SMTPUTF8); never control characters. A
     * mailbox needs one {@code @} with text on both sides.
     */
    boolean isValidMailbox(boolean utf8) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c == 0x7F || (c > 0x7E && !utf8)) {
                return false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ' ' || c == '<' || c == '>')) {
                return false;
            }
        }
        return !quoted && (!utf8 || Text.isUtf8(address));
    }

    private static int closingBracket(String text) {
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
