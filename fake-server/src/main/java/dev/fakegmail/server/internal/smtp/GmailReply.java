package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.GmailFault;
import java.nio.charset.StandardCharsets;

/**
 * Every reply the fake sends, exactly as {@code docs/gmail-smtp.md} and {@code docs/robustness.md} give it. The one place
 * reply texts live.
 *
 * <p>Lines are written as on the wire without the trailing CRLF. Replies with {@code trailer} end their last line
 * with {@code " <id> - gsmtp"}. {@code %s} placeholders are filled in order by {@link #render}.
 */
public enum GmailReply {
    GREETING(true, "220 smtp.gmail.com ESMTP"),
    EHLO_BEFORE_TLS(false,
            "250-smtp.gmail.com at your service, [%s]",
            "250-SIZE %s",
            "250-8BITMIME",
            "250-STARTTLS",
            "250-ENHANCEDSTATUSCODES",
            "250-PIPELINING",
            "250-CHUNKING",
            "250 SMTPUTF8"),
    EHLO_IN_TLS(false,
            "250-smtp.gmail.com at your service, [%s]",
            "250-SIZE %s",
            "250-8BITMIME",
            "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
            "250-ENHANCEDSTATUSCODES",
            "250-PIPELINING",
            "250-CHUNKING",
            "250 SMTPUTF8"),
    HELO_OK(false, "250 smtp.gmail.com at your service"),
    EMPTY_HELO(true,
            "501-5.5.4 Empty HELO/EHLO argument not allowed, closing connection.",
            "501 5.5.4  https://support.google.com/mail/?p=helo"),
    HELO_FIRST(true, "503 5.5.1 EHLO/HELO first."),

    READY_FOR_TLS(false, "220 2.0.0 Ready to start TLS"),
    STARTTLS_FIRST(true,
            "530-5.7.0 Must issue a STARTTLS command first. For more information, go to",
            "530-5.7.0  https://support.google.com/a/answer/3221692 and review RFC 3207",
            "530 5.7.0 specifications."),
    STARTTLS_REPEATED(true, "454 5.5.1 STARTTLS may not be repeated."),
    STARTTLS_PIPELINED(true,
            "454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207."),
    SYNTAX_PARAMETERS(true, "501 5.5.4 Syntax error in parameters."),

    LOGIN_USERNAME(false, "334 VXNlcm5hbWU6"),
    LOGIN_PASSWORD(false, "334 UGFzc3dvcmQ6"),
    EMPTY_CHALLENGE(false, "334 "),
    AUTH_ACCEPTED(false, "235 2.7.0 Accepted"),
    BAD_CREDENTIALS(true,
            "535-5.7.8 Username and Password not accepted. For more information, go to",
            "535 5.7.8  https://support.google.com/mail/?p=BadCredentials"),
    APP_PASSWORD_REQUIRED(true,
            "534-5.7.9 Application-specific password required. For more information, go to",
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor"),
    CANNOT_DECODE(true, "501 5.5.2 Cannot Decode response"),
    NO_IDENTITY_CHANGES(true, "503 5.7.0 No identity changes permitted."),
    UNRECOGNIZED_AUTH_TYPE(true, "504 5.7.4 Unrecognized authentication type."),
    XOAUTH_UNSUPPORTED(true, "504 5.7.4 XOAUTH is no longer supported."),
    TOO_MANY_LOGIN_ATTEMPTS(true,
            "454-4.7.0 Too many login attempts, please try again later. For more information, go to",
            "454 4.7.0  https://support.google.com/mail/answer/7126229"),
    AUTH_ABORTED(true, "501 5.7.0 Authentication aborted."),
    AUTH_LINE_TOO_LONG(true, "500 5.5.6 Authentication Exchange line is too long."),
    BAD_SEQUENCE(true, "503 5.5.1 Bad sequence of commands."),
    AUTH_TEMPORARY_FAILURE(true, "454 4.7.0 Cannot authenticate due to temporary system problem. Try again later."),
    XOAUTH2_ERROR_CHALLENGE(false,
            "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ=="),
    OAUTHBEARER_ERROR_CHALLENGE(false,
            "334 eyJzdGF0dXMiOiJpbnZhbGlkX3JlcXVlc3QiLCJzY29wZSI6Imh0dHBzOi8vbWFpbC5nb29nbGUuY29tLyJ9"),

    MAIL_OK(true, "250 2.1.0 OK"),
    RCPT_OK(true, "250 2.1.5 OK"),
    GO_AHEAD(true, "354  Go ahead"),
    MESSAGE_ACCEPTED(true, "250 2.0.0 OK  %s"),
    CHUNK_ACCEPTED(true, "250 2.0.0 OK"),
    FLUSHED(true, "250 2.1.5 Flushed"),
    NOOP_OK(true, "250 2.0.0 OK"),
    HELP(true, "214 2.0.0  https://www.google.com/search?btnI&q=RFC+5321"),
    VRFY(true, "252 2.1.5 Send some mail, I'll try my best"),
    CLOSING(true, "221 2.0.0 closing connection"),
    AUTHENTICATION_REQUIRED(true,
            "530-5.7.0 Authentication Required. For more information, go to",
            "530 5.7.0  https://support.google.com/mail/?p=WantAuthError"),
    MAIL_FIRST(true, "503 5.5.1 MAIL first."),
    RCPT_FIRST(true, "503 5.5.1 RCPT first."),
    NESTED_MAIL(true, "503 5.5.1 Nested MAIL command."),
    ADDRESS_SYNTAX(true,
            "555-5.5.2 Syntax error, cannot decode response. For more information, go to",
            "555-5.5.2  https://support.google.com/a/answer/3221692 and review RFC 5321",
            "555 5.5.2 specifications."),
    UNRECOGNIZED_COMMAND(true, "502 5.5.1 Unrecognized command."),
    LINE_TOO_LONG(true, "500 5.5.2 Line too long."),
    SIZE_EXCEEDED_AT_MAIL(true,
            "552-5.2.3 Your message exceeded Google's message size limits. Please visit",
            "552-5.2.3  https://support.google.com/mail/?p=MaxSizeError to view our size",
            "552 5.2.3 guidelines."),
    SIZE_EXCEEDED_AT_DATA(true,
            "552-5.3.4 Your message exceeded Google's message size limits. For more information, go to",
            "552 5.3.4  https://support.google.com/mail/?p=MaxSizeError"),
    HEADER_SECTION_TOO_LARGE(true,
            "552-5.3.4 Message header size exceeds limit. For more information, go to",
            "552 5.3.4  https://support.google.com/a/answer/14016360"),
    TOO_MANY_HEADER_FIELDS(true,
            "552-5.3.4 Number of message headers exceeds limit. For more information, go to",
            "552 5.3.4  https://support.google.com/a/answer/14016360"),
    HEADER_FIELD_TOO_LONG(true,
            "552-5.3.4 Message header field exceeds size limit. For more information, go to",
            "552 5.3.4  https://support.google.com/a/answer/14016360"),
    MESSAGE_ID_TOO_LONG(true,
            "552-5.3.4 Message-ID header exceeds size limit. For more information, go to",
            "552 5.3.4  https://support.google.com/a/answer/14016360"),
    DUPLICATE_HEADER(true,
            "550-5.7.1 [%s] Our system has detected that this message is not RFC",
            "550-5.7.1 5322 compliant:",
            "550-5.7.1 Multiple '%s' headers found.",
            "550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been",
            "550-5.7.1 blocked. Please visit",
            "550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant",
            "550 5.7.1  and review RFC 5322 specifications for more information."),
    TOO_MANY_RECIPIENTS(true,
            "452-4.5.3 Your message has too many recipients. For more information regarding",
            "452-4.5.3 Google's sending limits, go to",
            "452 4.5.3  https://support.google.com/mail/?p=TooManyRecipientsError"),
    DAILY_LIMIT(true,
            "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail",
            "550-5.4.5 sending limits go to",
            "550 5.4.5  https://support.google.com/a/answer/166852"),
    TEMPORARY_SYSTEM_PROBLEM(true, "421 4.3.0 Temporary System Problem.  Try again later (10)."),
    TIMEOUT(true, "451 4.4.2 Timeout - closing connection."),
    TOO_MANY_ERRORS(true, "502 5.5.1 Too many unrecognized commands, goodbye.");

    private final boolean trailer;
    private final String[] lines;

    GmailReply(boolean trailer, String... lines) {
        this.trailer = trailer;
        this.lines = lines;
    }

    /** The reply a test's {@link GmailFault} sends. */
    public static GmailReply of(GmailFault fault) {
        return switch (fault) {
            case TEMPORARY_AUTH_FAILURE -> AUTH_TEMPORARY_FAILURE;
            case TOO_MANY_LOGIN_ATTEMPTS -> TOO_MANY_LOGIN_ATTEMPTS;
            case RATE_LIMITED -> TEMPORARY_SYSTEM_PROBLEM;
            case DAILY_LIMIT -> DAILY_LIMIT;
            case MESSAGE_TOO_LARGE -> SIZE_EXCEEDED_AT_DATA;
            case TOO_MANY_RECIPIENTS -> TOO_MANY_RECIPIENTS;
            case IDLE_TIMEOUT -> TIMEOUT;
        };
    }

    /** The three-digit reply code. */
    public int code() {
        return Integer.parseInt(lines[0].substring(0, 3));
    }

    /** Whether the reply closes the connection after it is sent (every 421, the closing ones). */
    public boolean closes() {
        return this == EMPTY_HELO || this == CLOSING || this == TEMPORARY_SYSTEM_PROBLEM
                || this == TIMEOUT || this == TOO_MANY_ERRORS;
    }

    /** The reply as wire text: every line ends in CRLF, the last carries {@code <id> - gsmtp} where Gmail puts it. */
    public String render(String sessionId, Object... args) {
        StringBuilder out = new StringBuilder(96 * lines.length);
        int next = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains("%s")) {
                line = line.replace("%s", printable(String.valueOf(args[next++])));
            }
            out.append(line);
            if (trailer && i == lines.length - 1) {
                out.append(' ').append(sessionId).append(" - gsmtp");
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** Client text echoed in a reply (an option name) never carries a control character such as a bare CR. */
    private static String printable(String text) {
        return text.replaceAll("[\\x00-\\x1f\\x7f]", "?");
    }

    /** {@link #render} as US-ASCII bytes, ready for one write. */
    public byte[] bytes(String sessionId, Object... args) {
        return render(sessionId, args).getBytes(StandardCharsets.US_ASCII);
    }
}
