package dev.fakegmail.server.internal.imap;

/**
 * Every line the IMAP door writes itself, in one table (docs/gmail-imap.md). Tagged replies take the command's tag
 * as their first argument. The texts are CRLF-free; the writer ends each line.
 */
enum GimapReply {
    /** §2, seen. Arguments: client IP, session id. */
    GREETING("* OK Gimap ready for requests from %s %s"),
    /** §2, seen (Gmail's list before login, minus X-GM-EXT-1 which the fake does not serve). */
    CAPABILITY_BEFORE_LOGIN("* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN XYZZY SASL-IR"
            + " AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER AUTH=XOAUTH"),
    /** §2: Gmail's list after login, cut to what GreenMail's engine serves (chosen). */
    CAPABILITY_AFTER_LOGIN("* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN UIDPLUS MOVE"
            + " LITERAL- SPECIAL-USE APPENDLIMIT=35651584"),
    /** §2, seen. Arguments: tag, session id. */
    CAPABILITY_OK("%s OK Thats all she wrote! %s"),
    /** §3, seen. Arguments: tag, address. */
    LOGIN_OK("%s OK %s authenticated (Success)"),
    /** §3, seen. */
    INVALID_CREDENTIALS("%s NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"),
    /** §3, seen. */
    APP_PASSWORD_REQUIRED("%s NO [ALERT] Application-specific password required:"
            + " https://support.google.com/accounts/answer/185833 (Failure)"),
    /** §3: Gmail's web-login alert (seen), chosen for the lockout. */
    WEB_LOGIN_REQUIRED("%s NO [ALERT] Please log in via your web browser:"
            + " https://support.google.com/mail/accounts/answer/78754 (Failure)"),
    /** §3, chosen. */
    TEMPORARY_FAILURE("%s NO [UNAVAILABLE] Temporary System Error (Failure)"),
    /** §3: a second LOGIN or AUTHENTICATE after success (chosen). */
    ALREADY_AUTHENTICATED("%s BAD [CLIENTBUG] Already authenticated (Failure)"),
    /** §3, chosen. */
    UNKNOWN_MECHANISM("%s NO [CANNOT] Unsupported authentication mechanism (Failure)"),
    /** §3: the client answered a challenge with {@code *} (chosen). */
    AUTH_CANCELLED("%s BAD AUTHENTICATE cancelled (Failure)"),
    /** §3: the empty challenge (seen). */
    EMPTY_CHALLENGE("+ "),
    /** §3: the XOAUTH2 error challenge (google, the same JSON as on SMTP). */
    XOAUTH2_ERROR_CHALLENGE("+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ=="),
    /** §3: the OAUTHBEARER error challenge (as on SMTP). */
    OAUTHBEARER_ERROR_CHALLENGE("+ eyJzdGF0dXMiOiJpbnZhbGlkX3JlcXVlc3QiLCJzY29wZSI6Imh0dHBzOi8vbWFpbC5nb29nbGUuY29tLyJ9"),
    /** §5, seen. */
    NAMESPACE("* NAMESPACE ((\"\" \"/\")) NIL NIL"),
    /** §5, seen. Argument: client IP. */
    ID("* ID (\"name\" \"GImap\" \"vendor\" \"Google, Inc.\" \"support-url\" \"https://support.google.com/mail\""
            + " \"remote-host\" \"%s\")"),
    /** §5, seen. */
    XYZZY("* OK Nothing happens."),
    /** §5, seen: the tagged OK of LIST, NAMESPACE, ID, XYZZY. */
    SUCCESS("%s OK Success"),
    /** §5: the continuation that starts IDLE (seen). */
    IDLING("+ idling"),
    /** §5: the end of IDLE after DONE (seen). Argument: tag. */
    IDLE_OK("%s OK IDLE terminated (Success)"),
    /** §5: IDLE ended by a line other than DONE (chosen). Argument: tag. */
    IDLE_NOT_DONE("%s BAD Could not parse command"),
    /** §5, chosen. */
    UNSELECT_OK("%s OK Returned to authenticated state. (Success)"),
    /** §5, seen. */
    BYE_LOGOUT("* BYE LOGOUT Requested"),
    /** §5, seen. */
    LOGOUT_OK("%s OK 73 good day (Success)"),
    /** §5: a command that needs a login, a selected folder, or no login (chosen). */
    INVALID_STATE("%s BAD Command received in Invalid state."),
    /** §5, chosen. Argument: tag. */
    UNKNOWN_COMMAND("%s BAD Unknown command"),
    /** §5: no tag and command could be read (chosen). */
    UNPARSABLE("* BAD Could not parse command"),
    /** §6, chosen. */
    BYE_TOO_MANY_SESSIONS("* BYE [ALERT] Too many simultaneous connections. (Failure)"),
    /** §6, chosen. */
    BYE_TOO_LARGE("* BYE [TOOBIG] Literal larger than APPENDLIMIT 35651584 (Failure)"),
    /** §6: more large literals announced at once than the server holds (chosen). */
    BYE_BUSY("* BYE [UNAVAILABLE] Too many large literals in progress, try again later (Failure)"),
    /** §6, chosen. */
    BYE_IDLE("* BYE Session expired, please login again.");

    private final String format;

    GimapReply(String format) {
        this.format = format;
    }

    /** The line with its arguments filled in, CRLF not included. */
    String line(Object... arguments) {
        return arguments.length == 0 ? format : String.format(java.util.Locale.ROOT, format, arguments);
    }
}
