package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.io.IOException;
import java.util.Optional;

/**
 * Where injected faults strike one session. Each {@link Stage} is reached at one place in the engine, which calls
 * {@link #at} (or, for a stage followed by a TLS handshake, {@link #decide} and then {@link #carryOut}); what the
 * fault does is the {@link FaultAction}'s own business.
 */
final class SessionFaults {
    private final FaultEffects effects;
    private final String sessionId;
    private final ReplyChannel replies;

    SessionFaults(FaultEffects effects, String sessionId, ReplyChannel replies) {
        this.effects = effects;
        this.sessionId = sessionId;
        this.replies = replies;
    }

    /**
     * Asks the plan whether a fault strikes here (a fault that does is recorded as struck) without carrying it out,
     * for a stage whose TLS handshake must use {@link FaultAction#presents} first.
     *
     * @param account the session's account, when known at this stage
     */
    Optional<FaultAction> decide(Stage stage, Optional<String> account) {
        return effects.at(stage, sessionId, account);
    }

    /** Carries out a fault {@link #decide decided} earlier, if any. */
    FaultAction.Strike carryOut(Optional<FaultAction> decided) throws IOException {
        return decided.isPresent() ? decided.get().strike(replies) : FaultAction.Strike.PROCEED;
    }

    /** Decides and carries out at once. */
    FaultAction.Strike at(Stage stage, Optional<String> account) throws IOException {
        return carryOut(decide(stage, account));
    }

    /** The key material a handshake after this stage presents. */
    static ServerTls presented(Optional<FaultAction> decided, ServerTls normal) {
        return decided.map(action -> action.presents(normal)).orElse(normal);
    }
}
