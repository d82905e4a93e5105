package dev.fakegmail.server;

import dev.fakegmail.server.internal.smtp.FaultAction;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an injected fault does. Immutable; create one with the factories and hand it to a {@link FaultRule}.
 */
public final class Fault {
    private final String description;
    private final Optional<TlsFailure> tlsFailure;
    private final Function<Function<TlsFailure, FaultAction>, FaultAction> action;

    private Fault(String description, Optional<TlsFailure> tlsFailure,
                  Function<Function<TlsFailure, FaultAction>, FaultAction> action) {
        this.description = description;
        this.tlsFailure = tlsFailure;
        this.action = action;
    }

    /** Answers with one of Gmail's failure replies instead of handling the command. */
    public static Fault gmail(GmailFault fault) {
        Objects.requireNonNull(fault, "fault");
        return new Fault(fault.name(), Optional.empty(), tls -> FaultAction.gmail(fault.reply()));
    }

    /**
     * Answers with a reply of your own, {@code <code> <enhancedCode> <text> <id> - gsmtp}; a 421 also closes.
     *
     * @throws IllegalArgumentException for a code outside 400–599, an enhanced code not shaped like
     *                                  {@code 4.3.0}, or text with line breaks
     */
    public static Fault reply(int code, String enhancedCode, String text) {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("A fault reply needs a 4xx or 5xx code, was " + code);
        }
        if (!enhancedCode.matches("[45]\\.[0-9]{1,3}\\.[0-9]{1,3}") || enhancedCode.charAt(0) != ("" + code).charAt(0)) {
            throw new IllegalArgumentException("The enhanced code '" + enhancedCode + "' must look like "
                    + (code / 100) + ".x.y and start with the same class as " + code);
        }
        if (text.contains("\r") || text.contains("\n")) {
            throw new IllegalArgumentException("A fault reply's text must be one line, without CR or LF");
        }
        String line = code + " " + enhancedCode + " " + text;
        return new Fault("reply " + line, Optional.empty(), tls -> FaultAction.reply(line));
    }

    /** Waits this long before handling the command as usual (a slow Gmail). */
    public static Fault delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A delay cannot be negative, was " + delay);
        }
        return new Fault("delay " + delay, Optional.empty(), tls -> new FaultAction.Delay(delay));
    }

    /** Closes the connection without handling the command: nothing is stored, no reply is sent. */
    public static Fault dropConnection() {
        return new Fault("drop connection", Optional.empty(),
                tls -> new FaultAction.Drop(FaultAction.When.BEFORE));
    }

    /**
     * Handles the command but closes the connection instead of replying. At {@link Stage#END_OF_DATA} the message
     * is stored while the client sees an error: "Gmail accepted it but the client never heard".
     */
    public static Fault dropAfterProcessing() {
        return new Fault("drop after processing", Optional.empty(),
                tls -> new FaultAction.Drop(FaultAction.When.AFTER_PROCESSING));
    }

    /** Handles the command, sends its reply, then closes the connection. */
    public static Fault dropAfterReply() {
        return new Fault("drop after reply", Optional.empty(),
                tls -> new FaultAction.Drop(FaultAction.When.AFTER_REPLY));
    }

    /** Presents a certificate the client must refuse; only at {@link Stage#STARTTLS} or {@link Stage#CONNECT}. */
    public static Fault tls(TlsFailure failure) {
        Objects.requireNonNull(failure, "failure");
        return new Fault("TLS " + failure.name(), Optional.of(failure), variants -> variants.apply(failure));
    }

    /** The TLS failure, for a {@link #tls} fault. */
    public Optional<TlsFailure> tlsFailure() {
        return tlsFailure;
    }

    FaultAction action(Function<TlsFailure, FaultAction> tlsVariants) {
        return action.apply(tlsVariants);
    }

    @Override
    public String toString() {
        return description;
    }
}
