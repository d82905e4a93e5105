package dev.fakegmail.http.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.AccessToken;
import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.InjectedFault;
import dev.fakegmail.server.PlannedFault;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** The JSON shapes of accounts, app passwords, tokens, events and faults. Secrets only where a view says so. */
final class Views {
    private Views() {
    }

    /** An account without any secret. */
    static ObjectNode account(GmailAccount account) {
        ObjectNode node = Json.object()
                .put("address", account.address())
                .put("kind", account.settings().kind().name().toLowerCase(Locale.ROOT))
                .put("twoStepVerification", account.isTwoStepVerificationOn())
                .put("dailySendingLimit", account.dailySendingLimit())
                .put("sentInLast24Hours", account.sentInLast24Hours());
        ArrayNode appPasswords = node.putArray("appPasswords");
        for (AppPassword appPassword : account.appPasswords()) {
            ObjectNode entry = appPasswords.addObject()
                    .put("name", appPassword.name())
                    .put("createdAt", appPassword.createdAt().toString());
            entry.put("lastUsed", appPassword.lastUsed().map(Object::toString).orElse(null));
        }
        node.put("accessTokens", account.accessTokens().size());
        node.put("refreshTokens", account.refreshTokens().stream().filter(t -> !t.isRevoked()).count());
        return node;
    }

    /** A new app password: the only view that shows its letters. */
    static ObjectNode newAppPassword(AppPassword appPassword) {
        return Json.object()
                .put("name", appPassword.name())
                .put("value", appPassword.value())
                .put("formatted", appPassword.formatted())
                .put("createdAt", appPassword.createdAt().toString());
    }

    /** A new access token, shaped like the token endpoint's answer plus the account. */
    static ObjectNode accessToken(AccessToken token, String address, Clock clock) {
        long left = Math.max(0, Duration.between(clock.instant(), token.expiresAt()).getSeconds());
        return Json.object()
                .put("access_token", token.value())
                .put("expires_in", left)
                .put("scope", token.scope())
                .put("token_type", "Bearer")
                .put("account", address)
                .put("expiresAt", token.expiresAt().toString());
    }

    static ObjectNode event(ActivityEvent event) {
        ObjectNode node = Json.object()
                .put("sequence", event.sequence())
                .put("at", event.at().toString())
                .put("sessionId", event.sessionId())
                .put("kind", event.kind().name())
                .put("door", event.door().name());
        event.account().ifPresent(a -> node.put("account", a));
        event.mechanism().ifPresent(m -> node.put("mechanism", m));
        event.reply().ifPresent(r -> node.put("reply", r));
        return node.put("detail", event.detail()).put("text", event.describe());
    }

    static ObjectNode planned(PlannedFault fault) {
        ObjectNode node = Json.object()
                .put("stage", fault.stage().name())
                .put("fault", fault.fault().toString())
                .put("always", fault.always());
        if (!fault.always()) {
            node.put("nth", fault.nth());
        }
        fault.account().ifPresent(a -> node.put("account", a));
        return node.put("probability", fault.probability())
                .put("seen", fault.seen())
                .put("spent", fault.spent());
    }

    static ObjectNode struck(InjectedFault fault) {
        ObjectNode node = Json.object()
                .put("stage", fault.stage().name())
                .put("fault", fault.fault().toString())
                .put("sessionId", fault.sessionId())
                .put("at", fault.at().toString());
        fault.account().ifPresent(a -> node.put("account", a));
        return node;
    }
}
