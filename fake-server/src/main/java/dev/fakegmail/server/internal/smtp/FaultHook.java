package dev.fakegmail.server.internal.smtp;

import dev.fakegmail.server.Stage;
import java.util.Optional;

/** Decides whether an injected fault strikes here. Implementations are thread-safe. */
@FunctionalInterface
public interface FaultHook {
    /** No faults. */
    FaultHook NONE = (point, sessionId, account) -> Optional.empty();

    /**
     * Asked once per fault point reached.
     *
     * @param account the authenticated (or, at AUTH, the presented) username; empty before AUTH
     */
    Optional<FaultAction> at(Stage point, String sessionId, Optional<String> account);
}
