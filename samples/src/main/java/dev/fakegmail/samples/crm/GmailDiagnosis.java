package dev.fakegmail.samples.crm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns a failed send (or a failed {@link ReplySync}) into a {@link MailProblem}: from Gmail's reply when there is
 * one, else from the exception.
 */
public final class GmailDiagnosis {
    private GmailDiagnosis() {
    }

    /** The problem behind {@code failure}. */
    public static MailProblem of(Throwable failure) {
        Optional<SmtpReply> reply = SmtpReply.in(failure);
        return reply.map(GmailDiagnosis::fromReply).orElseGet(() -> fromException(failure));
    }

    /**
     * The problem behind a failed IMAP sync. Gmail's IMAP login refusals mean what their SMTP counterparts mean and
     * get the same advice: {@code [AUTHENTICATIONFAILED] Invalid credentials} (a wrong or revoked app password, as
     * after a password change) is SMTP's 535, {@code [ALERT] Application-specific password required} its 534, the
     * {@code [ALERT] Please log in via your web browser} of a locked account its 454 "Too many login attempts", and
     * {@code [UNAVAILABLE]} its temporary 454. Anything else is judged from the exception.
     */
    public static MailProblem ofImap(Throwable failure) {
        if (messageSays(failure, "[AUTHENTICATIONFAILED]")) {
            return MailProblem.BAD_CREDENTIALS;
        }
        if (messageSays(failure, "Application-specific password required")) {
            return MailProblem.APP_PASSWORD_REQUIRED;
        }
        if (messageSays(failure, "Please log in via your web browser")) {
            return MailProblem.TOO_MANY_LOGIN_ATTEMPTS;
        }
        if (messageSays(failure, "[UNAVAILABLE]")) {
            return MailProblem.TEMPORARY_AUTH_FAILURE;
        }
        return fromException(failure);
    }

    private static MailProblem fromReply(SmtpReply reply) {
        return switch (reply.code()) {
            case 534 -> MailProblem.APP_PASSWORD_REQUIRED;
            case 535 -> MailProblem.BAD_CREDENTIALS;
            case 530 -> reply.says("STARTTLS") ? MailProblem.STARTTLS_REQUIRED : MailProblem.AUTHENTICATION_REQUIRED;
            case 454 -> reply.says("Too many login attempts")
                    ? MailProblem.TOO_MANY_LOGIN_ATTEMPTS : MailProblem.TEMPORARY_AUTH_FAILURE;
            case 421 -> MailProblem.RATE_LIMITED;
            case 451 -> MailProblem.TIMEOUT;
            case 550 -> reply.enhancedCode().equals("5.4.5") ? MailProblem.DAILY_LIMIT : MailProblem.OTHER;
            case 552 -> MailProblem.MESSAGE_TOO_LARGE;
            case 452 -> MailProblem.TOO_MANY_RECIPIENTS;
            default -> MailProblem.OTHER;
        };
    }

    private static MailProblem fromException(Throwable failure) {
        if (find(failure, SSLHandshakeException.class).isPresent() || find(failure, CertificateException.class).isPresent()
                || messageSays(failure, "identity of server")) {
            return MailProblem.CERTIFICATE_NOT_TRUSTED;
        }
        if (find(failure, SSLException.class).isPresent()) {
            return MailProblem.WRONG_PORT_FOR_TYPE;
        }
        if (find(failure, ConnectException.class).isPresent() || find(failure, UnknownHostException.class).isPresent()) {
            return MailProblem.UNREACHABLE;
        }
        if (find(failure, IOException.class).isPresent() || messageSays(failure, "[EOF]")) {
            return MailProblem.CONNECTION_LOST;
        }
        return MailProblem.OTHER;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean messageSays(Throwable failure, String words) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && current.getMessage().contains(words)) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }
}
