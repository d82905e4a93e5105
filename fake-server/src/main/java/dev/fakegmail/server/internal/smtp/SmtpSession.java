package dev.fakegmail.server.internal.smtp;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * One client connection: greeting, the command loop, STARTTLS in place, and the replies in command order
 * (pipelined replies are written together and flushed when no more input is waiting).
 */
final class SmtpSession implements Runnable, Conversation {
    private static final System.Logger LOG = System.getLogger(SmtpSession.class.getName());
    private static final Set<String> HTTP_METHODS =
            Set.of("GET", "POST", "HEAD", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private final SmtpServer server;
    private final SmtpConfig config;
    private final boolean implicitTls;
    private final Socket rawSocket;
    private final String sessionId = SessionIds.next();
    private final MailTransaction transaction;
    private Socket socket;
    private SmtpInput input;
    private OutputStream output;
    private SessionState state = new SessionState();
    private String tlsProtocol = "";
    private String tlsCipher = "";
    private int errors;
    private boolean open = true;

    SmtpSession(SmtpServer server, Socket socket, boolean implicitTls) {
        this.server = server;
        this.config = server.config();
        this.socket = socket;
        this.rawSocket = socket;
        this.implicitTls = implicitTls;
        this.transaction = new MailTransaction(this, config, server.backend());
    }

    @Override
    public void run() {
        boolean entered = false;
        try {
            if (implicitTls) {
                upgrade();
            } else {
                streams(socket);
            }
            entered = server.enter(this);
            if (!entered) {
                output.write(GmailReply.TEMPORARY_SYSTEM_PROBLEM.bytes(SessionIds.next()));
                output.flush();
                return;
            }
            reply(GmailReply.GREETING);
            while (open) {
                handle(readLine(config.longestLine()));
            }
            output.flush();
        } catch (SocketTimeoutException e) {
            sendQuietly(GmailReply.TIMEOUT);
        } catch (EOFException e) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: client closed the connection", sessionId);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: connection ended: {1}", sessionId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "session " + sessionId + " failed", e);
            sendQuietly(GmailReply.TEMPORARY_SYSTEM_PROBLEM);
        } finally {
            close();
            server.leave(this, entered);
        }
    }

    /** Closes the client's TCP connection (also called by the server when it stops; unblocks any read). */
    void close() {
        try {
            rawSocket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: close failed: {1}", sessionId, e.getMessage());
        }
    }

    @Override
    public void reply(GmailReply reply, Object... args) throws IOException {
        output.write(reply.bytes(sessionId, args));
        if (reply.closes()) {
            open = false;
        }
    }

    @Override
    public SmtpInput.Line readLine(int maxOctets) throws IOException {
        if (!input.hasBuffered()) {
            output.flush();
        }
        return input.readLine(maxOctets, config.idleTimeout().toMillis());
    }

    /** A reply for a syntax, sequence or unknown-command error; too many of them end the session. */
    void error(GmailReply reply, Object... args) throws IOException {
        if (errors >= config.maxErrors()) {
            reply(GmailReply.TOO_MANY_ERRORS);
            return;
        }
        errors++;
        reply(reply, args);
    }

    void flush() throws IOException {
        output.flush();
    }

    Submission submission(SessionState current, Instant acceptedAt, byte[] data) {
        return new Submission(sessionId, current.user, current.mechanism, current.mailFrom,
                List.copyOf(current.recipients), current.heloName, clientAddress(), tlsProtocol, tlsCipher,
                acceptedAt, data);
    }

    private void handle(SmtpInput.Line line) throws IOException {
        String text = new String(line.bytes(), StandardCharsets.ISO_8859_1);
        int space = text.indexOf(' ');
        String word = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : trimSpaces(text.substring(space + 1));
        if (HTTP_METHODS.contains(word) && space > 0) {
            open = false;
            return;
        }
        Optional<Verb> verb = isPrintableAscii(word) ? Verb.parse(word) : Optional.empty();
        if (line.tooLong() || verb.isPresent() && line.bytes().length + 2 > config.lineLimit(verb.get().limit())) {
            error(verb.orElse(null) == Verb.AUTH ? GmailReply.AUTH_LINE_TOO_LONG : GmailReply.LINE_TOO_LONG);
        } else if (verb.isEmpty()) {
            error(GmailReply.UNRECOGNIZED_COMMAND);
        } else {
            dispatch(verb.get(), argument);
        }
    }

    private void dispatch(Verb verb, String argument) throws IOException {
        Optional<GmailReply> refusal = precondition(verb);
        if (verb == Verb.BDAT) {
            transaction.bdat(state, argument, input, refusal);
            return;
        }
        if (refusal.isPresent()) {
            error(refusal.get());
            return;
        }
        switch (verb) {
            case EHLO, HELO -> hello(verb, argument);
            case STARTTLS -> startTls(argument);
            case AUTH -> auth(argument);
            case MAIL -> transaction.mail(state, argument);
            case RCPT -> transaction.rcpt(state, argument);
            case DATA -> transaction.data(state, argument, input);
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

    /** gmail-smtp.md §1a: which check answers first. */
    private Optional<GmailReply> precondition(Verb verb) {
        if (verb.needsTls() && !isTls()) {
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
        if (!isPrintableAscii(argument.replace(' ', '_'))) {
            error(GmailReply.SYNTAX_PARAMETERS);
            return;
        }
        state.resetTransaction();
        state.heloName = argument;
        if (verb == Verb.HELO) {
            reply(GmailReply.HELO_OK);
        } else {
            GmailReply list = isTls() ? GmailReply.EHLO_IN_TLS : GmailReply.EHLO_BEFORE_TLS;
            reply(list, clientAddress(), config.maxMessageSize());
        }
    }

    private void startTls(String argument) throws IOException {
        if (isTls()) {
            error(GmailReply.STARTTLS_REPEATED);
        } else if (!argument.isEmpty()) {
            error(GmailReply.SYNTAX_PARAMETERS);
        } else if (!state.greeted()) {
            error(GmailReply.HELO_FIRST);
        } else if (input.hasPendingInput()) {
            error(GmailReply.STARTTLS_PIPELINED);
        } else {
            reply(GmailReply.READY_FOR_TLS);
            output.flush();
            upgrade();
            state = new SessionState();
        }
    }

    private void auth(String argument) throws IOException {
        if (state.inTransaction()) {
            error(GmailReply.BAD_SEQUENCE);
        } else if (state.authenticated()) {
            error(GmailReply.NO_IDENTITY_CHANGES);
        } else {
            new AuthExchange(this, server.backend(), config.authLineLimit()).run(argument).ifPresent(identity -> {
                state.user = identity.user();
                state.mechanism = identity.mechanism();
            });
        }
    }

    private void upgrade() throws IOException {
        SSLSocket tls = server.tls().upgrade(socket);
        tls.setSoTimeout((int) config.handshakeTimeout().toMillis());
        tls.startHandshake();
        SSLSession session = tls.getSession();
        tlsProtocol = session.getProtocol();
        tlsCipher = session.getCipherSuite();
        streams(tls);
    }

    private void streams(Socket current) throws IOException {
        socket = current;
        input = new SmtpInput(current);
        output = new BufferedOutputStream(current.getOutputStream(), 8 * 1024);
    }

    private boolean isTls() {
        return socket instanceof SSLSocket;
    }

    private void sendQuietly(GmailReply reply) {
        try {
            if (output != null) {
                output.write(reply.bytes(sessionId));
                output.flush();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "session {0}: could not send {1}", sessionId, reply);
        }
    }

    private String clientAddress() {
        InetAddress address = socket.getInetAddress();
        if (address instanceof Inet6Address && address.isLoopbackAddress()) {
            return "::1";
        }
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return zone < 0 ? text : text.substring(0, zone);
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
