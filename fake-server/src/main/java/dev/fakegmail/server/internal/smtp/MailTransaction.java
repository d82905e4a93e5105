package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import dev.fakegmail.server.internal.delivery.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * MAIL, RCPT, DATA and BDAT for one session (docs/gmail-smtp.md §6): envelope checks, the size and recipient limits,
 * and handing an accepted message to the backend before its {@code 250} is sent.
 */
final class MailTransaction {
    private static final String SIZE = "SIZE";

    private final SmtpSession session;
    private final SmtpConfig config;
    private final SmtpBackend backend;

    MailTransaction(SmtpSession session, SmtpConfig config, SmtpBackend backend) {
        this.session = session;
        this.config = config;
        this.backend = backend;
    }

    void mail(SessionState state, String argument) throws IOException {
        if (state.inTransaction()) {
            session.error(GmailReply.NESTED_MAIL);
            return;
        }
        Optional<PathCommand> parsed = PathCommand.parse(argument, "FROM");
        if (parsed.isEmpty()) {
            session.error(GmailReply.ADDRESS_SYNTAX);
            return;
        }
        PathCommand command = parsed.get();
        if (command.parameters().stream().anyMatch(p -> !Text.isPrintableAscii(p))) {
            session.error(GmailReply.ADDRESS_SYNTAX);
            return;
        }
        boolean utf8 = command.parameter("SMTPUTF8").isPresent();
        if (!command.address().isEmpty() && !command.isValidMailbox(utf8)) {
            session.error(GmailReply.ADDRESS_SYNTAX);
            return;
        }
        Optional<GmailReply> refusal = checkMailParameters(command);
        if (refusal.isPresent() && refusal.get() == GmailReply.SIZE_EXCEEDED_AT_MAIL) {
            session.reply(refusal.get());
            return;
        }
        if (refusal.isPresent()) {
            session.error(refusal.get());
            return;
        }
        state.mailFrom = utf8 ? utf8(command.address()) : command.address();
        state.utf8 = utf8;
        session.reply(GmailReply.MAIL_OK);
    }

    void rcpt(SessionState state, String argument) throws IOException {
        if (!state.inTransaction()) {
            session.error(GmailReply.MAIL_FIRST);
            return;
        }
        Optional<PathCommand> parsed = PathCommand.parse(argument, "TO");
        if (parsed.isEmpty() || !parsed.get().isValidMailbox(state.utf8)) {
            session.error(GmailReply.ADDRESS_SYNTAX);
            return;
        }
        if (!parsed.get().parameters().isEmpty()) {
            session.error(GmailReply.ADDRESS_SYNTAX);
            return;
        }
        if (state.recipients.size() >= config.maxRecipients()) {
            session.reply(GmailReply.TOO_MANY_RECIPIENTS);
            return;
        }
        String address = parsed.get().address();
        state.recipients.add(state.utf8 ? utf8(address) : address);
        session.reply(GmailReply.RCPT_OK);
    }

    void data(SessionState state, String argument, SmtpInput input) throws IOException {
        Optional<GmailReply> refusal = sequence(state);
        if (refusal.isEmpty() && state.chunks != null) {
            refusal = Optional.of(GmailReply.BAD_SEQUENCE);
        }
        if (refusal.isEmpty() && !argument.isEmpty()) {
            refusal = Optional.of(GmailReply.SYNTAX_PARAMETERS);
        }
        if (refusal.isPresent()) {
            session.error(refusal.get());
            return;
        }
        if (struckAtData(state) || session.silenced()) {
            state.resetTransaction();
            return;
        }
        if (!backend.maySend(state.user)) {
            state.resetTransaction();
            session.reply(GmailReply.DAILY_LIMIT);
            return;
        }
        session.reply(GmailReply.GO_AHEAD);
        session.flush();
        if (session.closing()) {
            state.resetTransaction();
            return;
        }
        MessageBuffer message = new MessageBuffer(config.maxMessageSize());
        input.readData(new DataDecoder(message), config.idleTimeout().toMillis(), config.minDataRate());
        finish(state, message);
    }

    /**
     * BDAT: the chunk is always read (RFC 3030), also when the command is refused.
     *
     * @param refusal a reply decided before the transaction was looked at (TLS, HELO, AUTH), if any
     */
    void bdat(SessionState state, String argument, SmtpInput input, Optional<GmailReply> refusal) throws IOException {
        String[] words = argument.split(" +");
        boolean last = words.length == 2 && words[1].equalsIgnoreCase("LAST");
        if (words.length < 1 || words.length > 2 || (words.length == 2 && !last) || !words[0].matches("[0-9]{1,18}")) {
            session.error(GmailReply.SYNTAX_PARAMETERS);
            return;
        }
        long size = Long.parseLong(words[0]);
        Optional<GmailReply> problem = refusal.isPresent() ? refusal : sequence(state);
        boolean first = state.chunks == null;
        if (problem.isEmpty() && first && !backend.maySend(state.user)) {
            problem = Optional.of(GmailReply.DAILY_LIMIT);
        }
        MessageBuffer sink = problem.isPresent() ? new MessageBuffer(0) : chunks(state);
        input.readChunk(size, sink, config.idleTimeout().toMillis(), config.minDataRate());
        if (problem.isEmpty() && first && struckAtData(state)) {
            state.resetTransaction();
        } else if (problem.isPresent() && problem.get() == GmailReply.DAILY_LIMIT) {
            state.resetTransaction();
            session.reply(problem.get());
        } else if (problem.isPresent()) {
            session.error(problem.get());
        } else if (last) {
            finish(state, sink);
        } else {
            session.reply(GmailReply.CHUNK_ACCEPTED);
        }
    }

    /** {@link Stage#DATA} strikes here: once per message, when DATA or its first BDAT chunk passed the checks. */
    private boolean struckAtData(SessionState state) throws IOException {
        return session.strike(Stage.DATA, Optional.of(state.user));
    }

    private MessageBuffer chunks(SessionState state) {
        if (state.chunks == null) {
            state.chunks = new MessageBuffer(config.maxMessageSize());
        }
        return state.chunks;
    }

    private Optional<GmailReply> sequence(SessionState state) {
        if (!state.inTransaction()) {
            return Optional.of(GmailReply.MAIL_FIRST);
        }
        if (state.recipients.isEmpty()) {
            return Optional.of(GmailReply.RCPT_FIRST);
        }
        return Optional.empty();
    }

    private void finish(SessionState state, MessageBuffer message) throws IOException {
        if (message.oversized()) {
            state.resetTransaction();
            session.reply(GmailReply.SIZE_EXCEEDED_AT_DATA);
            return;
        }
        byte[] data = message.toByteArray();
        Optional<HeaderCheck.Refusal> refusal = HeaderCheck.check(data, config.headerLimits());
        if (refusal.isPresent()) {
            state.resetTransaction();
            session.reply(refusal.get().reply(), session.clientAddress(), refusal.get().field());
            return;
        }
        if (session.strike(Stage.END_OF_DATA, Optional.of(state.user))) {
            state.resetTransaction();
            return;
        }
        Instant now = config.clock().instant();
        Submission submission = session.submission(state, now, data);
        state.resetTransaction();
        backend.store(submission);
        try {
            session.reply(GmailReply.MESSAGE_ACCEPTED, now.getEpochSecond());
            session.flush();
        } finally {
            backend.acknowledged(submission);
        }
    }

    private Optional<GmailReply> checkMailParameters(PathCommand command) {
        for (String name : command.parameterNames()) {
            String value = command.parameter(name).orElse("");
            switch (name) {
                case SIZE -> {
                    if (!value.matches("[0-9]{1,18}")) {
                        return Optional.of(GmailReply.SYNTAX_PARAMETERS);
                    }
                    if (Long.parseLong(value) > config.maxMessageSize()) {
                        return Optional.of(GmailReply.SIZE_EXCEEDED_AT_MAIL);
                    }
                }
                case "BODY" -> {
                    String body = value.toUpperCase(Locale.ROOT);
                    if (!body.equals("7BIT") && !body.equals("8BITMIME")) {
                        return Optional.of(GmailReply.SYNTAX_PARAMETERS);
                    }
                }
                case "SMTPUTF8", "AUTH" -> {
                    // accepted: SMTPUTF8 is advertised, AUTH= is the submitter identity (RFC 4954 §5)
                }
                default -> {
                    return Optional.of(GmailReply.ADDRESS_SYNTAX);
                }
            }
        }
        return Optional.empty();
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
