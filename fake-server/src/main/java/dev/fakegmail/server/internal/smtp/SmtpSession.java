package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import dev.fakegmail.server.internal.delivery.Submission;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One client connection: greeting, the command loop with Gmail's checks in order (§1a), STARTTLS in place, and
 * injected faults where a test asked for them. Replies go out in command order.
 */
final class SmtpSession implements Runnable, Conversation {
    private static final System.Logger LOG = System.getLogger(SmtpSession.class.getName());
    private static final Set<String> HTTP_METHODS =
            Set.of("GET", "POST", "HEAD", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private final SmtpServer server;
    private final SmtpConfig config;
    private final boolean implicitTls;
    private final String sessionId = SessionIds.next();
    private final SmtpConnection connection;
    private final MailTransaction transaction;
    private final ReplyChannel replies;
    private final SessionFaults faults;
    private SessionState state = new SessionState();

    SmtpSession(SmtpServer server, Socket socket, boolean implicitTls) {
        this.server = server;
        this.config = server.config();
        this.connection = new SmtpConnection(socket);
        this.replies = new ReplyChannel(connection, sessionId, config.maxErrors());
        this.faults = new SessionFaults(server.faults(), sessionId, replies);
        this.implicitTls = implicitTls;
        this.transaction = new MailTransaction(this, config, server.backend());
    }

    @Override
    public void run() {
        try {
            Optional<FaultAction> onConnect = faults.decide(Stage.CONNECT, Optional.empty());
            listener().connected(sessionId, connection.localPort(), implicitTls);
            if (implicitTls) {
                connection.upgrade(SessionFaults.presented(onConnect, server.tls()), handshakeMillis());
                listener().secured(sessionId, connection.tlsProtocol());
            } else {
                connection.openPlain();
            }
            if (faults.carryOut(onConnect) == FaultAction.Strike.PROCEED) {
                reply(GmailReply.GREETING);
            }
            while (replies.isOpen()) {
                handle(readLine(config.longestLine()));
            }
            connection.flush();
        } catch (SocketTimeoutException e) {
            connection.sendQuietly(GmailReply.TIMEOUT.bytes(sessionId));
        } catch (EOFException e) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: client closed the connection", sessionId);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: connection ended: {1}", sessionId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "session " + sessionId + " failed", e);
            connection.sendQuietly(GmailReply.TEMPORARY_SYSTEM_PROBLEM.bytes(sessionId));
        } finally {
            connection.closeGracefully();
            server.leave(this);
        }
    }

    /** Closes the client's TCP connection (also called by the server when it stops; unblocks any read). */
    void close() {
        connection.close();
    }

    /**
     * Closes the connection when a reply has been stuck in a write longer than {@code writeMillis}, or a TLS
     * handshake has run longer than {@code handshakeMillis} (docs/robustness.md "Limits": the handshake deadline).
     */
    void closeIfStalled(long writeMillis, long handshakeMillis) {
        if (connection.stalled(writeMillis, handshakeMillis)) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: the client stalled a write or the TLS handshake",
                    sessionId);
            connection.close();
        }
    }

    @Override
    public void reply(GmailReply reply, Object... args) throws IOException {
        replies.reply(reply, args);
    }

    @Override
    public SmtpInput.Line readLine(int maxOctets) throws IOException {
        return connection.input().readLine(maxOctets, config.idleTimeout().toMillis());
    }

    @Override
    public boolean strike(Stage point, Optional<String> account) throws IOException {
        return faults.at(point, account) == FaultAction.Strike.CONSUMED;
    }

    /** A reply for a syntax, sequence or unknown-command error; too many of them end the session. */
    void error(GmailReply reply, Object... args) throws IOException {
        replies.error(reply, args);
    }

    void flush() throws IOException {
        connection.flush();
    }

    /** Whether the session ends after this command (an injected drop): no more input is to be read. */
    boolean closing() {
        return !replies.isOpen();
    }

    /** Whether replies are suppressed (an injected drop after processing). */
    boolean silenced() {
        return replies.silenced();
    }

    /** The client's IP address as Gmail shows it in brackets. */
    String clientAddress() {
        return connection.clientAddress();
    }

    Submission submission(SessionState current, Instant acceptedAt, byte[] data) {
        return new Submission(sessionId, current.user, current.mechanism, current.mailFrom,
                List.copyOf(current.recipients), current.heloName, connection.clientAddress(),
                connection.tlsProtocol(), connection.tlsCipher(), acceptedAt, data);
    }

    private void handle(SmtpInput.Line line) throws IOException {
        String text = new String(line.bytes(), StandardCharsets.ISO_8859_1);
        int space = text.indexOf(' ');
        String word = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : Text.trimSpaces(text.substring(space + 1));
        if (HTTP_METHODS.contains(word) && space > 0) {
            replies.end();
            return;
        }
        Optional<Verb> verb = Text.isPrintableAscii(word) ? Verb.parse(word) : Optional.empty();
        int limit = config.lineLimit(verb.map(Verb::limit).orElse(Verb.Limits.COMMAND));
        if (line.tooLong() || line.bytes().length + 2 > limit) {
            error(verb.orElse(null) == Verb.AUTH ? GmailReply.AUTH_LINE_TOO_LONG : GmailReply.LINE_TOO_LONG);
        } else if (verb.isEmpty()) {
            error(GmailReply.UNRECOGNIZED_COMMAND);
        } else {
            dispatch(verb.get(), argument);
        }
        listener().answered(sessionId, verb.map(Verb::name).orElse("(unrecognized)"), replies.taken());
    }

    private void dispatch(Verb verb, String argument) throws IOException {
        Optional<GmailReply> refusal = precondition(verb);
        if (verb == Verb.BDAT) {
            transaction.bdat(state, argument, connection.input(), refusal);
            return;
        }
        if (refusal.isPresent()) {
            error(refusal.get());
            return;
        }
        Optional<Stage> point = verb.strikesBefore();
        if (point.isPresent() && strike(point.get(), Optional.ofNullable(state.user))) {
            return;
        }
        switch (verb) {
            case EHLO, HELO -> hello(verb, argument);
            case STARTTLS -> startTls(argument);
            case AUTH -> auth(argument);
            case MAIL -> transaction.mail(state, argument);
            case RCPT -> transaction.rcpt(state, argument);
            case DATA -> transaction.data(state, argument, connection.input());
            case RSET -> {
                state.resetTransaction();
                reply(GmailReply.FLUSHED);
            }
            case NOOP -> reply(GmailReply.NOOP_OK);
            case HELP -> reply(GmailReply.HELP);
            case VRFY -> reply(GmailReply.VRFY);
            case QUIT -> reply(GmailReply.CLOSING);
            default -> throw new IllegalStateException("no handler for " + verb);
        }
    }

    /** docs/gmail-smtp.md §1a: which check answers first. */
    private Optional<GmailReply> precondition(Verb verb) {
        if (verb.needsTls() && !connection.isTls()) {
            return Optional.of(GmailReply.STARTTLS_FIRST);
        }
        if ((verb.needsAuth() || verb == Verb.AUTH) && !state.greeted()) {
            return Optional.of(GmailReply.HELO_FIRST);
        }
        if (verb.needsAuth() && !state.authenticated()) {
            return Optional.of(GmailReply.AUTHENTICATION_REQUIRED);
        }
        return Optional.empty();
    }

    private void hello(Verb verb, String argument) throws IOException {
        if (argument.isEmpty()) {
            reply(GmailReply.EMPTY_HELO);
            return;
        }
        if (!Text.isPrintableAscii(argument.replace(' ', '_'))) {
            error(GmailReply.SYNTAX_PARAMETERS);
            return;
        }
        state.resetTransaction();
        state.heloName = argument;
        if (verb == Verb.HELO) {
            reply(GmailReply.HELO_OK);
        } else {
            GmailReply list = connection.isTls() ? GmailReply.EHLO_IN_TLS : GmailReply.EHLO_BEFORE_TLS;
            reply(list, connection.clientAddress(), config.maxMessageSize());
        }
    }

    private void startTls(String argument) throws IOException {
        if (connection.isTls()) {
            error(GmailReply.STARTTLS_REPEATED);
        } else if (!argument.isEmpty()) {
            error(GmailReply.SYNTAX_PARAMETERS);
        } else if (!state.greeted()) {
            error(GmailReply.HELO_FIRST);
        } else if (connection.input().hasPendingInput()) {
            error(GmailReply.STARTTLS_PIPELINED);
        } else {
            Optional<FaultAction> fault = faults.decide(Stage.STARTTLS, Optional.empty());
            if (faults.carryOut(fault) == FaultAction.Strike.CONSUMED || replies.silenced()) {
                return;
            }
            reply(GmailReply.READY_FOR_TLS);
            connection.flush();
            connection.upgrade(SessionFaults.presented(fault, server.tls()), handshakeMillis());
            listener().secured(sessionId, connection.tlsProtocol());
            state = new SessionState();
        }
    }

    private void auth(String argument) throws IOException {
        if (state.inTransaction()) {
            error(GmailReply.BAD_SEQUENCE);
        } else if (state.authenticated()) {
            error(GmailReply.NO_IDENTITY_CHANGES);
        } else {
            AuthExchange exchange = new AuthExchange(this, server.backend(), config.authLineLimit());
            exchange.run(argument).ifPresent(identity -> {
                state.user = identity.user();
                state.mechanism = identity.mechanism();
            });
            listener().authenticated(sessionId, exchange.mechanism(), exchange.user(), replies.taken());
        }
    }

    private SessionListener listener() {
        return server.backend().listener();
    }

    private int handshakeMillis() {
        return (int) config.handshakeTimeout().toMillis();
    }
}
