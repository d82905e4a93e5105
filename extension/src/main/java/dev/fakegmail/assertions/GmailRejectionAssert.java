package dev.fakegmail.assertions;

import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the Gmail reply a failed send carries. The reply is looked for in the throwable's message, then
 * in its causes' (Jakarta Mail chains the server's reply into {@code AuthenticationFailedException} and
 * {@code SMTPSendFailedException} messages). Obtain it from {@link FakeGmailAssertions#assertThatGmailRejected}.
 */
public class GmailRejectionAssert extends AbstractAssert<GmailRejectionAssert, Throwable> {
    /** What {@code catchThrowable} hands over when the send it wrapped succeeded. */
    private static final String NOT_REJECTED = "%nExpecting a send that Gmail rejected, but the throwable is null: "
            + "the send was not rejected (it succeeded, or its exception was caught before this assertion).%n"
            + "Check that the test sends what it means to be refused (the password, the account, the planned fault) "
            + "and that the throwable comes from that send: catchThrowable(() -> Transport.send(message)).";

    /** Creates the assertion; prefer {@link FakeGmailAssertions#assertThatGmailRejected(Throwable)}. */
    public GmailRejectionAssert(Throwable actual) {
        super(actual, GmailRejectionAssert.class);
    }

    /** Verifies the reply code, e.g. {@code 535}. */
    public GmailRejectionAssert hasReplyCode(int code) {
        SmtpReply reply = reply();
        return expect("reply code", reply.code(), code, reply.code() == code);
    }

    /** Verifies the enhanced status code, e.g. {@code 5.7.8}. */
    public GmailRejectionAssert hasEnhancedStatusCode(String enhancedCode) {
        SmtpReply reply = reply();
        String found = reply.enhancedCode().orElse("(none)");
        return expect("enhanced status code", found, enhancedCode, reply.enhancedCode().equals(Optional.of(enhancedCode)));
    }

    /** Verifies the key of Gmail's help URL ({@code https://support.google.com/mail/?p=BadCredentials}). */
    public GmailRejectionAssert hasHelpKey(String helpKey) {
        SmtpReply reply = reply();
        String found = reply.helpKey().orElse("(none)");
        return expect("help URL key", found, helpKey, reply.helpKey().equals(Optional.of(helpKey)));
    }

    /** Verifies that the reply's text contains {@code text}, e.g. {@code Username and Password not accepted}. */
    public GmailRejectionAssert hasReplyContaining(String text) {
        SmtpReply reply = reply();
        if (!reply.text().contains(text)) {
            failWithMessage("%nExpecting the Gmail reply carried by%n  %s%nto contain:%n  %s%nbut it was:%n  %s",
                    actual, shown(text), reply.text());
        }
        return myself;
    }

    /** Verifies {@code 535-5.7.8 Username and Password not accepted} ({@code ?p=BadCredentials}). */
    public GmailRejectionAssert isBadCredentials() {
        return hasReplyCode(535).hasEnhancedStatusCode("5.7.8").hasHelpKey("BadCredentials");
    }

    /** Verifies {@code 534-5.7.9 Application-specific password required} ({@code ?p=InvalidSecondFactor}). */
    public GmailRejectionAssert isAppPasswordRequired() {
        return hasReplyCode(534).hasEnhancedStatusCode("5.7.9").hasHelpKey("InvalidSecondFactor");
    }

    /** Verifies {@code 530-5.7.0 Authentication Required} ({@code ?p=WantAuthError}). */
    public GmailRejectionAssert isAuthenticationRequired() {
        return hasReplyCode(530).hasEnhancedStatusCode("5.7.0").hasHelpKey("WantAuthError");
    }

    /** Verifies {@code 550-5.4.5 Daily user sending limit exceeded}. */
    public GmailRejectionAssert isDailySendingLimitExceeded() {
        return hasReplyCode(550).hasEnhancedStatusCode("5.4.5");
    }

    /** Verifies {@code 421 4.3.0 Temporary System Problem} (Gmail's "sending too fast", which closes the connection). */
    public GmailRejectionAssert isTemporarySystemProblem() {
        return hasReplyCode(421).hasEnhancedStatusCode("4.3.0");
    }

    private SmtpReply reply() {
        if (actual == null) {
            failWithMessage(NOT_REJECTED);
        }
        Optional<SmtpReply> reply = SmtpReply.in(actual);
        if (reply.isEmpty()) {
            String chain = SmtpReply.chain(actual).stream().map(thrown -> "  " + thrown.toString().replace("%", "%%"))
                    .collect(Collectors.joining("%n"));
            failWithMessage("%nExpecting%n  %s%nto carry a Gmail reply such as 535-5.7.8 Username and Password not "
                    + "accepted, but neither it nor its causes hold an SMTP reply. The chain:%n" + chain, actual);
        }
        return reply.orElseThrow();
    }

    private String shown(Object value) {
        return info.representation().toStringOf(value);
    }

    private GmailRejectionAssert expect(String what, Object found, Object expected, boolean matches) {
        if (!matches) {
            failWithActualExpectedAndMessage(found, expected, "%nExpecting the Gmail reply%n  %s%nto have the %s:%n  %s"
                    + "%nbut it had:%n  %s", reply().text(), what, shown(expected), shown(found));
        }
        return myself;
    }
}
