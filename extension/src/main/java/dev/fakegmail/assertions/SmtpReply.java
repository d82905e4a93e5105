package dev.fakegmail.assertions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP reply found in a throwable's message or cause chain, e.g. Angus Mail's
 * {@code AuthenticationFailedException} whose message is the server's multi-line {@code 535-5.7.8} reply.
 *
 * @param code         the three-digit reply code
 * @param enhancedCode the enhanced status code ({@code 5.7.8}); empty when the reply has none
 * @param helpKey      the key of Gmail's help URL ({@code ?p=BadCredentials}); empty when there is none
 * @param text         the reply's lines as found
 */
record SmtpReply(int code, Optional<String> enhancedCode, Optional<String> helpKey, String text) {
    private static final Pattern LINE_START = Pattern.compile("^\\s*([2-5]\\d\\d)[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?");
    private static final Pattern WITH_ENHANCED = Pattern.compile("\\b([45]\\d\\d)[ -]([45]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern HELP_KEY = Pattern.compile("[?&]p=([A-Za-z0-9_]+)");

    /** The first reply in {@code thrown}'s message, else in its causes' messages, in chain order. */
    static Optional<SmtpReply> in(Throwable thrown) {
        for (Throwable cause : chain(thrown)) {
            Optional<SmtpReply> reply = parse(Optional.ofNullable(cause.getMessage()).orElse(""));
            if (reply.isPresent()) {
                return reply;
            }
        }
        return Optional.empty();
    }

    /** The throwable and its causes (Jakarta Mail's next exceptions are its causes), each once. */
    static List<Throwable> chain(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable current = thrown; current != null && seen.add(current); current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }

    private static Optional<SmtpReply> parse(String message) {
        String[] lines = message.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = LINE_START.matcher(lines[i]);
            if (!matcher.find()) {
                matcher = WITH_ENHANCED.matcher(lines[i]);
                if (!matcher.find()) {
                    continue;
                }
            }
            String code = matcher.group(1);
            StringBuilder text = new StringBuilder(lines[i].strip());
            for (int j = i + 1; j < lines.length && lines[j].strip().startsWith(code); j++) {
                text.append('\n').append(lines[j].strip());
            }
            Matcher help = HELP_KEY.matcher(text);
            return Optional.of(new SmtpReply(Integer.parseInt(code), Optional.ofNullable(matcher.group(2)),
                    help.find() ? Optional.of(help.group(1)) : Optional.empty(), text.toString()));
        }
        return Optional.empty();
    }
}
