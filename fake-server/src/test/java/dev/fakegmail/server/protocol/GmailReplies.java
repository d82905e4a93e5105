package dev.fakegmail.server.protocol;

/**
 * Gmail's replies as the protocol tests expect them, byte for byte (docs/gmail-smtp.md, docs/robustness.md), in
 * {@link ReplyPattern} form: {@code <id>} is the session id, {@code <time>} unix seconds.
 */
public final class GmailReplies {
    public static final String GREETING = "220 smtp.gmail.com ESMTP <id> - gsmtp\r\n";

    public static final String EHLO_PLAIN = "250-smtp.gmail.com at your service, [127.0.0.1]\r\n"
            + "250-SIZE 35882577\r\n"
            + "250-8BITMIME\r\n"
            + "250-STARTTLS\r\n"
            + "250-ENHANCEDSTATUSCODES\r\n"
            + "250-PIPELINING\r\n"
            + "250-CHUNKING\r\n"
            + "250 SMTPUTF8\r\n";
    public static final String EHLO_TLS = "250-smtp.gmail.com at your service, [127.0.0.1]\r\n"
            + "250-SIZE 35882577\r\n"
            + "250-8BITMIME\r\n"
            + "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n"
            + "250-ENHANCEDSTATUSCODES\r\n"
            + "250-PIPELINING\r\n"
            + "250-CHUNKING\r\n"
            + "250 SMTPUTF8\r\n";
    public static final String HELO = "250 smtp.gmail.com at your service\r\n";
    public static final String EMPTY_HELO = "501-5.5.4 Empty HELO/EHLO argument not allowed, closing connection.\r\n"
            + "501 5.5.4  https://support.google.com/mail/?p=helo <id> - gsmtp\r\n";
    public static final String EHLO_FIRST = "503 5.5.1 EHLO/HELO first. <id> - gsmtp\r\n";

    public static final String READY_TO_START_TLS = "220 2.0.0 Ready to start TLS\r\n";
    public static final String MUST_STARTTLS = "530-5.7.0 Must issue a STARTTLS command first. For more information, go to\r\n"
            + "530-5.7.0  https://support.google.com/a/answer/3221692 and review RFC 3207\r\n"
            + "530 5.7.0 specifications. <id> - gsmtp\r\n";
    public static final String STARTTLS_REPEATED = "454 5.5.1 STARTTLS may not be repeated. <id> - gsmtp\r\n";
    public static final String STARTTLS_PIPELINED = "454 4.5.0 SMTP protocol violation, no commands allowed to pipeline "
            + "after STARTTLS, see RFC 3207. <id> - gsmtp\r\n";
    public static final String SYNTAX_ERROR_IN_PARAMETERS = "501 5.5.4 Syntax error in parameters. <id> - gsmtp\r\n";

    public static final String USERNAME_CHALLENGE = "334 VXNlcm5hbWU6\r\n";
    public static final String PASSWORD_CHALLENGE = "334 UGFzc3dvcmQ6\r\n";
    public static final String EMPTY_CHALLENGE = "334 \r\n";
    public static final String ACCEPTED = "235 2.7.0 Accepted\r\n";
    public static final String BAD_CREDENTIALS = "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
            + "535 5.7.8  https://support.google.com/mail/?p=BadCredentials <id> - gsmtp\r\n";
    public static final String APP_PASSWORD_REQUIRED = "534-5.7.9 Application-specific password required. For more "
            + "information, go to\r\n"
            + "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor <id> - gsmtp\r\n";
    public static final String CANNOT_DECODE = "501 5.5.2 Cannot Decode response <id> - gsmtp\r\n";
    public static final String NO_IDENTITY_CHANGES = "503 5.7.0 No identity changes permitted. <id> - gsmtp\r\n";
    public static final String UNRECOGNIZED_AUTH_TYPE = "504 5.7.4 Unrecognized authentication type. <id> - gsmtp\r\n";
    public static final String XOAUTH_UNSUPPORTED = "504 5.7.4 XOAUTH is no longer supported. <id> - gsmtp\r\n";
    public static final String TOO_MANY_LOGINS = "454-4.7.0 Too many login attempts, please try again later. For more "
            + "information, go to\r\n"
            + "454 4.7.0  https://support.google.com/mail/answer/7126229 <id> - gsmtp\r\n";
    public static final String AUTH_ABORTED = "501 5.7.0 Authentication aborted. <id> - gsmtp\r\n";
    public static final String AUTH_LINE_TOO_LONG = "500 5.5.6 Authentication Exchange line is too long. <id> - gsmtp\r\n";
    public static final String BAD_SEQUENCE = "503 5.5.1 Bad sequence of commands. <id> - gsmtp\r\n";
    public static final String XOAUTH2_ERROR_CHALLENGE = "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJo"
            + "dHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\r\n";
    public static final String OAUTHBEARER_ERROR_CHALLENGE = "334 eyJzdGF0dXMiOiJpbnZhbGlkX3JlcXVlc3QiLCJzY29wZSI6Imh0dHBz"
            + "Oi8vbWFpbC5nb29nbGUuY29tLyJ9\r\n";

    public static final String MAIL_OK = "250 2.1.0 OK <id> - gsmtp\r\n";
    public static final String RCPT_OK = "250 2.1.5 OK <id> - gsmtp\r\n";
    public static final String GO_AHEAD = "354  Go ahead <id> - gsmtp\r\n";
    public static final String MESSAGE_ACCEPTED = "250 2.0.0 OK  <time> <id> - gsmtp\r\n";
    public static final String CHUNK_ACCEPTED = "250 2.0.0 OK <id> - gsmtp\r\n";
    public static final String FLUSHED = "250 2.1.5 Flushed <id> - gsmtp\r\n";
    public static final String NOOP_OK = "250 2.0.0 OK <id> - gsmtp\r\n";
    public static final String HELP = "214 2.0.0  https://www.google.com/search?btnI&q=RFC+5321 <id> - gsmtp\r\n";
    public static final String VRFY = "252 2.1.5 Send some mail, I'll try my best <id> - gsmtp\r\n";
    public static final String CLOSING = "221 2.0.0 closing connection <id> - gsmtp\r\n";
    public static final String AUTHENTICATION_REQUIRED = "530-5.7.0 Authentication Required. For more information, go to\r\n"
            + "530 5.7.0  https://support.google.com/mail/?p=WantAuthError <id> - gsmtp\r\n";
    public static final String MAIL_FIRST = "503 5.5.1 MAIL first. <id> - gsmtp\r\n";
    public static final String RCPT_FIRST = "503 5.5.1 RCPT first. <id> - gsmtp\r\n";
    public static final String NESTED_MAIL = "503 5.5.1 Nested MAIL command. <id> - gsmtp\r\n";
    public static final String ADDRESS_SYNTAX = "555-5.5.2 Syntax error, cannot decode response. For more information, go to\r\n"
            + "555-5.5.2  https://support.google.com/a/answer/3221692 and review RFC 5321\r\n"
            + "555 5.5.2 specifications. <id> - gsmtp\r\n";
    public static final String UNRECOGNIZED_COMMAND = "502 5.5.1 Unrecognized command. <id> - gsmtp\r\n";
    public static final String LINE_TOO_LONG = "500 5.5.2 Line too long. <id> - gsmtp\r\n";
    public static final String SIZE_DECLARED_TOO_BIG = "552-5.2.3 Your message exceeded Google's message size limits. "
            + "Please visit\r\n"
            + "552-5.2.3  https://support.google.com/mail/?p=MaxSizeError to view our size\r\n"
            + "552 5.2.3 guidelines. <id> - gsmtp\r\n";
    public static final String MESSAGE_TOO_BIG = "552-5.3.4 Your message exceeded Google's message size limits. For more "
            + "information, go to\r\n"
            + "552 5.3.4  https://support.google.com/mail/?p=MaxSizeError <id> - gsmtp\r\n";
    public static final String TOO_MANY_RECIPIENTS = "452-4.5.3 Your message has too many recipients. For more information "
            + "regarding\r\n"
            + "452-4.5.3 Google's sending limits, go to\r\n"
            + "452 4.5.3  https://support.google.com/mail/?p=TooManyRecipientsError <id> - gsmtp\r\n";

    /** Gmail's SIZE (docs/gmail-smtp.md §6). */
    public static final int MAX_MESSAGE_SIZE = 35_882_577;

    private GmailReplies() {
    }
}
