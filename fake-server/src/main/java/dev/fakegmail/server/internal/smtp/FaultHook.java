package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Fault;
import dev.fakegmail.server.Stage;
import java.util.Optional;

/**
 * The plan of injected faults, as the engine asks it: which planned {@link Fault}, if any, strikes here. Implemented by
 * the server's fault plan, which records the faults that struck; the engine decides what a fault does
 * ({@link FaultEffects}). Implementations are thread-safe.
 */
@FunctionalInterface
public interface FaultHook {
    /** No faults. */
    FaultHook NONE = (point, sessionId, account) -> Optional.empty();

    /**
     * Asked once per fault point reached.
     *
     * @param account the authenticated (or, at AUTH, the presented) username; empty before AUTH
     */
    Optional<Fault> at(Stage point, String sessionId, Optional<String> account);
}
