package dev.fakegmail.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an injected fault does: a plain value, one record per kind, that a test can print and compare
 * ({@code Fault.dropConnection().equals(Fault.dropConnection())}). Create one with the factories and hand it to a
 * {@link FaultRule}; {@link Faults#planned()} and {@link Faults#struck()} give the same values back.
 *
 * <p>{@code toString()} is the short description the control API and the web pages show: {@code RATE_LIMITED},
 * {@code reply 451 4.3.0 Try again}, {@code delay PT0.05S}, {@code drop connection}, {@code drop after processing},
 * {@code drop after reply}, {@code TLS UNTRUSTED_CA}, {@code Gmail API RATE_LIMIT_EXCEEDED}.
 */
public sealed interface Fault permits Fault.Gmail, Fault.Reply, Fault.Delay, Fault.Drop, Fault.Tls, Fault.GmailApi {

    /** Answers with one of Gmail's failure replies instead of handling the command. */
    static Fault gmail(GmailFault fault) {
        return new Gmail(fault);
    }

    /**
     * Answers with a reply of your own, {@code <code> <enhancedCode> <text> <id> - gsmtp}; a 421 also closes.
     *
     * @throws IllegalArgumentException for a code outside 400–599, an enhanced code not shaped like
     *                                  {@code 4.3.0}, or text with line breaks
     */
    static Fault reply(int code, String enhancedCode, String text) {
        return new Reply(code, enhancedCode, text);
    }

    /** Waits this long before handling the command as usual (a slow Gmail). */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /** Closes the connection without handling the command: nothing is stored, no reply is sent. */
    static Fault dropConnection() {
        return new Drop(Drop.When.BEFORE_PROCESSING);
    }

    /**
     * Handles the command but closes the connection instead of replying. At {@link Stage#END_OF_DATA} the message
     * is stored while the client sees an error: "Gmail accepted it but the client never heard".
     */
    static Fault dropAfterProcessing() {
        return new Drop(Drop.When.AFTER_PROCESSING);
    }

    /** Handles the command, sends its reply, then closes the connection. */
    static Fault dropAfterReply() {
        return new Drop(Drop.When.AFTER_REPLY);
    }

    /** Presents a certificate the client must refuse; only at {@link Stage#STARTTLS} or {@link Stage#CONNECT}. */
    static Fault tls(TlsFailure failure) {
        return new Tls(failure);
    }

    /** Answers a Gmail API request with one of Google's failures; only at {@link Stage#GMAIL_API}. */
    static Fault gmailApi(GmailApiFault fault) {
        return new GmailApi(fault);
    }

    /** The TLS failure, for a {@link #tls} fault; empty for every other kind. */
    default Optional<TlsFailure> tlsFailure() {
        return Optional.empty();
    }

    /**
     * One of Gmail's failure replies, instead of handling the command.
     *
     * @param fault which one
     */
    record Gmail(GmailFault fault) implements Fault {
        /** Checks that there is a fault. */
        public Gmail {
            Objects.requireNonNull(fault, "fault");
        }

        /** The constant's name, e.g. {@code RATE_LIMITED}. */
        @Override
        public String toString() {
            return fault.name();
        }
    }

    /**
     * A reply of your own, {@code <code> <enhancedCode> <text> <id> - gsmtp}, instead of handling the command; a 421
     * also closes the connection.
     *
     * @param code         the three-digit code, 400–599
     * @param enhancedCode the enhanced status code, e.g. {@code 4.3.0}, of the same class as {@code code}
     * @param text         the reply's text, one line
     */
    record Reply(int code, String enhancedCode, String text) implements Fault {
        /**
         * Checks the reply's shape.
         *
         * @throws IllegalArgumentException for a code outside 400–599, an enhanced code not shaped like
         *                                  {@code 4.3.0}, or text with line breaks
         */
        public Reply {
            Objects.requireNonNull(enhancedCode, "enhancedCode");
            Objects.requireNonNull(text, "text");
            if (code < 400 || code > 599) {
                throw new IllegalArgumentException("A fault reply needs a 4xx or 5xx code, was " + code);
            }
            if (!enhancedCode.matches("[45]\\.[0-9]{1,3}\\.[0-9]{1,3}")
                    || enhancedCode.charAt(0) != ("" + code).charAt(0)) {
                throw new IllegalArgumentException("The enhanced code '" + enhancedCode + "' must look like "
                        + (code / 100) + ".x.y and start with the same class as " + code);
            }
            if (text.contains("\r") || text.contains("\n")) {
                throw new IllegalArgumentException("A fault reply's text must be one line, without CR or LF");
            }
        }

        /** The reply line without the session id: {@code 451 4.3.0 Try again}. */
        public String line() {
            return code + " " + enhancedCode + " " + text;
        }

        /** {@code reply } and the {@linkplain #line() line}. */
        @Override
        public String toString() {
            return "reply " + line();
        }
    }

    /**
     * A wait before the command is handled as usual.
     *
     * @param delay how long; zero or more
     */
    record Delay(Duration delay) implements Fault {
        /**
         * Checks the duration.
         *
         * @throws IllegalArgumentException for a negative delay
         */
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("A delay cannot be negative, was " + delay);
            }
        }

        /** {@code delay } and the ISO-8601 duration, e.g. {@code delay PT0.05S}. */
        @Override
        public String toString() {
            return "delay " + delay;
        }
    }

    /**
     * A closed connection.
     *
     * @param when before the command is handled, after it is handled instead of its reply, or after its reply
     */
    record Drop(When when) implements Fault {
        /** Checks that there is a moment. */
        public Drop {
            Objects.requireNonNull(when, "when");
        }

        /** When a {@link Drop} closes the connection. */
        public enum When {
            /** Without handling the command or replying ({@link Fault#dropConnection()}). */
            BEFORE_PROCESSING("drop connection"),
            /** After handling the command, instead of sending its reply ({@link Fault#dropAfterProcessing()}). */
            AFTER_PROCESSING("drop after processing"),
            /** After handling the command and sending its reply ({@link Fault#dropAfterReply()}). */
            AFTER_REPLY("drop after reply");

            private final String description;

            When(String description) {
                this.description = description;
            }
        }

        /** {@code drop connection}, {@code drop after processing} or {@code drop after reply}. */
        @Override
        public String toString() {
            return when.description;
        }
    }

    /**
     * A certificate the client must refuse, presented in the TLS handshake that follows {@link Stage#STARTTLS} (or,
     * on the implicit-TLS port, {@link Stage#CONNECT}).
     *
     * @param failure what is wrong with the certificate
     */
    record Tls(TlsFailure failure) implements Fault {
        /** Checks that there is a failure. */
        public Tls {
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public Optional<TlsFailure> tlsFailure() {
            return Optional.of(failure);
        }

        /** {@code TLS } and the constant's name, e.g. {@code TLS UNTRUSTED_CA}. */
        @Override
        public String toString() {
            return "TLS " + failure.name();
        }
    }

    /**
     * One of the Gmail API's failures, instead of running the method.
     *
     * @param fault which one
     */
    record GmailApi(GmailApiFault fault) implements Fault {
        /** Checks that there is a fault. */
        public GmailApi {
            Objects.requireNonNull(fault, "fault");
        }

        /** {@code Gmail API } and the constant's name, e.g. {@code Gmail API RATE_LIMIT_EXCEEDED}. */
        @Override
        public String toString() {
            return "Gmail API " + fault.name();
        }
    }
}
