package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.Stage;
import dev.fakegmail.server.TlsFailure;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fault plan as one engine carries it out: asks the {@link FaultHook} which planned {@link Fault} strikes, and
 * turns that value into what it does here, a {@link FaultAction}. One per server: the key material of a TLS fault is
 * made on its first use and kept, so a fault that strikes every handshake does not make a certificate each time.
 * Thread-safe.
 */
final class FaultEffects {
    private final FaultHook plan;
    private final ServerTls tls;
    private final Map<TlsFailure, FaultAction> handshakes = new ConcurrentHashMap<>();

    FaultEffects(FaultHook plan, ServerTls tls) {
        this.plan = plan;
        this.tls = tls;
    }

    /** What strikes here, if anything (a fault that does is recorded as struck by the plan). */
    Optional<FaultAction> at(Stage stage, String sessionId, Optional<String> account) {
        return plan.at(stage, sessionId, account).map(this::effect);
    }

    /**
     * What a planned fault does in this engine. Java 17 has no pattern switch: {@code FaultEffectsTest} keeps this
     * chain complete by trying one fault of every kind {@code Fault} permits.
     */
    FaultAction effect(Fault fault) {
        if (fault instanceof Fault.Gmail gmail) {
            return FaultAction.gmail(GmailReply.of(gmail.fault()));
        }
        if (fault instanceof Fault.Reply reply) {
            return FaultAction.reply(reply.line());
        }
        if (fault instanceof Fault.Delay delay) {
            return new FaultAction.Delay(delay.delay());
        }
        if (fault instanceof Fault.Drop drop) {
            return new FaultAction.Drop(drop.when());
        }
        if (fault instanceof Fault.Tls failure) {
            return handshakes.computeIfAbsent(failure.failure(), this::handshake);
        }
        throw new IllegalArgumentException("The SMTP engine has no effect for the fault kind "
                + fault.getClass().getName() + " (" + fault + "): give it one in FaultEffects.effect");
    }

    private FaultAction handshake(TlsFailure failure) {
        return new FaultAction.Handshake(switch (failure) {
            case EXPIRED_CERTIFICATE -> tls.expired();
            case WRONG_HOST_NAME -> tls.wrongHost();
            case UNTRUSTED_CA -> tls.untrusted();
        });
    }
}
