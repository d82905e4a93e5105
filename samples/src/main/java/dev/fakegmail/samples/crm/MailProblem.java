package dev.fakegmail.samples.crm;

/**
 * What went wrong when the CRM sent through Gmail, and the advice shown to the admin. Each constant names the
 * situation; {@link GmailDiagnosis} picks the one that fits a failure.
 */
public enum MailProblem {
    /** {@code 534-5.7.9}: the Google Account password was used, but 2-Step Verification is on. */
    APP_PASSWORD_REQUIRED("Gmail wants an app password, not the Google Account password. Turn on 2-Step "
            + "Verification for this Google Account, create an app password for the CRM under \"App passwords\", "
            + "and paste its 16 letters into Password."),
    /** {@code 535-5.7.8}: wrong username, wrong password, or a revoked app password. */
    BAD_CREDENTIALS("Gmail did not accept the Username or Password. Username must be the full Gmail address and "
            + "Password an app password. Changing the Google Account password revokes every app password: if it was "
            + "changed, create a new app password and save it here."),
    /** {@code 530-5.7.0 Must issue a STARTTLS command first}: "Use SSL" is off on port 587. */
    STARTTLS_REQUIRED("Gmail only accepts encrypted connections. Tick Use SSL and set Type to STARTTLS with "
            + "Port 587 (or Type SSL with Port 465)."),
    /** {@code 530-5.7.0 Authentication Required}: the CRM did not log in. */
    AUTHENTICATION_REQUIRED("Gmail wants the CRM to log in: fill in Username and Password."),
    /** TLS on a port that expects STARTTLS (or the other way round). */
    WRONG_PORT_FOR_TYPE("Type and Port do not match: Type SSL needs Port 465, Type STARTTLS needs Port 587."),
    /** The server's certificate could not be verified. */
    CERTIFICATE_NOT_TRUSTED("The server's certificate could not be verified, so nothing was sent. Check that "
            + "Host Name is smtp.gmail.com; a proxy or antivirus that inspects encrypted traffic also causes this."),
    /** {@code 454-4.7.0 Too many login attempts}. */
    TOO_MANY_LOGIN_ATTEMPTS("Gmail blocked logins for a while after too many failed attempts. Correct the "
            + "password, then wait about ten minutes before trying again."),
    /** {@code 454 4.7.0 Cannot authenticate due to temporary system problem}. */
    TEMPORARY_AUTH_FAILURE("Gmail could not check the password just now (a temporary problem at Google). "
            + "Nothing needs to change here: try again in a few minutes."),
    /** {@code 421 4.3.0 Temporary System Problem}. */
    RATE_LIMITED("Gmail is temporarily not accepting mail from this account. Wait a few minutes and try again; "
            + "if it happens often, send fewer messages at once."),
    /** {@code 451 4.4.2 Timeout}. */
    TIMEOUT("Gmail closed the connection because the CRM was too slow. Try again; if it keeps happening, check "
            + "the network between the CRM and Gmail."),
    /** {@code 550-5.4.5 Daily user sending limit exceeded}. */
    DAILY_LIMIT("This account reached Gmail's daily sending limit (500 messages a day, 2,000 for Google "
            + "Workspace). Sending works again as the 24-hour window moves on; use a Workspace account or a mail "
            + "service for bulk mail."),
    /** {@code 552 5.3.4}: the message is too large. */
    MESSAGE_TOO_LARGE("The message is larger than Gmail accepts (25 MB of attachments). Attach a smaller file or "
            + "send a link instead."),
    /** {@code 452-4.5.3 Your message has too many recipients}. */
    TOO_MANY_RECIPIENTS("Gmail takes at most 100 recipients per message. Split the recipients into smaller groups."),
    /** The connection broke before Gmail answered. */
    CONNECTION_LOST("The connection to Gmail broke before it confirmed the message. Try again; it may have been "
            + "sent already, so check the Sent folder first."),
    /** The host could not be reached. */
    UNREACHABLE("The CRM could not reach the server. Check Host Name (smtp.gmail.com) and Port (587 or 465), and "
            + "that the firewall allows outgoing connections to it."),
    /** Anything else Gmail refused. */
    OTHER("Gmail refused the message. The reply below says why.");

    private final String advice;

    MailProblem(String advice) {
        this.advice = advice;
    }

    /** What the admin should do, in words a person acts on. */
    public String advice() {
        return advice;
    }
}
