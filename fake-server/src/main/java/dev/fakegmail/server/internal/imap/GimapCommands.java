package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapRequestLineReader;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ImapSessionState;
import com.icegreen.greenmail.imap.ProtocolException;
import com.icegreen.greenmail.imap.commands.CommandParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.Set;

/**
 * The command loop of one session. Reads the tag and command name with GreenMail's parser, answers the commands
 * where Gmail's replies differ from GreenMail's (CAPABILITY, LOGIN, AUTHENTICATE, ID, NAMESPACE, LIST, LSUB, XLIST,
 * UNSELECT, XYZZY, LOGOUT; docs/gmail-imap.md §5) or where its behaviour does not suit a server (IDLE: {@link GimapIdle}) and hands every other command to GreenMail's own implementation,
 * after bringing accepted messages into the store.
 */
final class GimapCommands {
    private static final Set<String> OWN = Set.of("CAPABILITY", "LOGOUT", "LOGIN", "AUTHENTICATE", "ID", "XYZZY",
            "NAMESPACE", "LIST", "LSUB", "XLIST", "UNSELECT", "IDLE");

    private final ImapBackend backend;
    private final ImapWire wire;
    private final String sessionId;
    private final String clientIp;
    private final CommandParser parser = new CommandParser();
    private final GimapLogin login;
    private final GmailFolderList folders = new GmailFolderList();
    private final GimapIdle idle;
    private final GreenMailHandoff greenMail;
    private boolean timedOut;

    GimapCommands(ImapBackend backend, ImapWire wire, String sessionId, String clientIp, GimapIdle idle) {
        this.backend = backend;
        this.wire = wire;
        this.sessionId = sessionId;
        this.clientIp = clientIp;
        this.login = new GimapLogin(backend, wire, sessionId);
        this.idle = idle;
        this.greenMail = new GreenMailHandoff(backend, wire);
    }

    /** Whether a login succeeded in this session. */
    boolean signedIn() {
        return login.signedIn();
    }

    /** Whether the last read ended because the client was idle too long. */
    boolean timedOut() {
        return timedOut;
    }

    /** Reads and answers one command; false when the session is over. */
    boolean next(InputStream in, OutputStream out, ImapSession session) {
        ImapRequestLineReader request = new ImapRequestLineReader(in, out);
        try {
            request.nextChar();
        } catch (ProtocolException e) {
            timedOut = e.getCause() instanceof SocketTimeoutException;
            return false;
        }
        ImapRequestLineReader last = dispatch(request, in, out, session);
        if (last == null) {
            return false;
        }
        try {
            last.consumeLine();
            return true;
        } catch (ProtocolException e) {
            timedOut = e.getCause() instanceof SocketTimeoutException;
            return false;
        }
    }

    /** Answers one command; returns the reader positioned on the command's last line, or null to end. */
    private ImapRequestLineReader dispatch(ImapRequestLineReader request, InputStream in, OutputStream out,
                                           ImapSession session) {
        String tag;
        try {
            tag = parser.tag(request);
        } catch (ProtocolException e) {
            return readFailed(e) ? null : reply(request, GimapReply.UNPARSABLE);
        }
        String name;
        try {
            name = parser.atom(request).toUpperCase(Locale.ROOT);
        } catch (ProtocolException e) {
            return readFailed(e) ? null : reply(request, GimapReply.UNKNOWN_COMMAND, tag);
        }
        try {
            if (!OWN.contains(name)) {
                return greenMail.hand(tag, name, request, in, out, session);
            }
            return own(tag, name, request, out, session) ? request : null;
        } catch (ProtocolException e) {
            return readFailed(e) ? null : reply(request, GimapReply.UNKNOWN_COMMAND, tag);
        }
    }

    /** Whether the stream failed (disconnect, idle timeout, a guard trip): then the session ends. */
    private boolean readFailed(ProtocolException e) {
        timedOut = e.getCause() instanceof SocketTimeoutException;
        return e.getCause() instanceof java.io.IOException;
    }

    private ImapRequestLineReader reply(ImapRequestLineReader request, GimapReply reply, Object... arguments) {
        wire.reply(reply, arguments);
        return request;
    }

    private boolean own(String tag, String name, ImapRequestLineReader request, OutputStream out,
                        ImapSession session) throws ProtocolException {
        ImapSessionState state = session.getState();
        switch (name) {
            case "CAPABILITY" -> capability(tag, request, state);
            case "LOGOUT" -> {
                parser.endLine(request);
                wire.reply(GimapReply.BYE_LOGOUT);
                wire.reply(GimapReply.LOGOUT_OK, tag);
                return false;
            }
            case "LOGIN", "AUTHENTICATE" -> {
                if (state != ImapSessionState.NON_AUTHENTICATED) {
                    wire.reply(GimapReply.ALREADY_AUTHENTICATED, tag);
                } else if (name.equals("LOGIN")) {
                    login.login(tag, request, parser, session);
                } else {
                    login.authenticate(tag, request, parser, session);
                }
            }
            case "ID" -> simple(tag, GimapReply.ID, clientIp);
            case "XYZZY" -> {
                parser.endLine(request);
                simple(tag, GimapReply.XYZZY);
            }
            case "IDLE" -> {
                return idle(tag, request, out, session);
            }
            default -> authenticated(tag, name, request, session);
        }
        return true;
    }

    /** IDLE, once signed in; false when the idle timeout ended it. */
    private boolean idle(String tag, ImapRequestLineReader request, OutputStream out, ImapSession session)
            throws ProtocolException {
        if (session.getState() == ImapSessionState.NON_AUTHENTICATED) {
            wire.reply(GimapReply.INVALID_STATE, tag);
            return true;
        }
        backend.sync();
        ImapResponse response = new ImapResponse(out);
        response.setTag(tag);
        if (idle.idle(tag, request, parser, session, response)) {
            return true;
        }
        timedOut = true;
        return false;
    }

    private void capability(String tag, ImapRequestLineReader request, ImapSessionState state)
            throws ProtocolException {
        parser.endLine(request);
        wire.reply(state == ImapSessionState.NON_AUTHENTICATED
                ? GimapReply.CAPABILITY_BEFORE_LOGIN : GimapReply.CAPABILITY_AFTER_LOGIN);
        wire.reply(GimapReply.CAPABILITY_OK, tag, sessionId);
    }

    private void authenticated(String tag, String name, ImapRequestLineReader request, ImapSession session)
            throws ProtocolException {
        ImapSessionState state = session.getState();
        boolean selectedOnly = name.equals("UNSELECT");
        if (state == ImapSessionState.NON_AUTHENTICATED || selectedOnly && state != ImapSessionState.SELECTED) {
            wire.reply(GimapReply.INVALID_STATE, tag);
            return;
        }
        switch (name) {
            case "NAMESPACE" -> {
                parser.endLine(request);
                simple(tag, GimapReply.NAMESPACE);
            }
            case "UNSELECT" -> {
                parser.endLine(request);
                session.deselect();
                wire.reply(GimapReply.UNSELECT_OK, tag);
            }
            default -> {
                backend.sync();
                folders.list(tag, name, request, parser, session, wire);
            }
        }
    }

    private void simple(String tag, GimapReply untagged, Object... arguments) {
        wire.reply(untagged, arguments);
        wire.reply(GimapReply.SUCCESS, tag);
    }
}
