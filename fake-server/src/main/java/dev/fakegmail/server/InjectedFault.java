package dev.fakegmail.server;

import java.time.Instant;
import java.util.Optional;

/**
 * A fault that struck, as recorded in the server's journal.
 *
 * @param stage     where it struck
 * @param fault     what it did
 * @param sessionId the Gmail session id of the connection
 * @param account   the account of the session, when known at that stage
 * @param at        when, on the server's clock
 */
public record InjectedFault(Stage stage, Fault fault, String sessionId, Optional<String> account, Instant at) {
}
