package dev.fakegmail.server.internal.delivery;

import java.util.List;

/**
 * The authenticated account's "Send mail as" settings, as Gmail applies them to a submitted message.
 *
 * @param primary       the account's own address
 * @param aliases       verified send-as aliases
 * @param defaultSendAs the default send-as address (the primary address or an alias)
 */
public record SenderIdentity(String primary, List<String> aliases, String defaultSendAs) {

    /** Copies the aliases. */
    public SenderIdentity {
        aliases = List.copyOf(aliases);
    }

    boolean maySendAs(String address) {
        return address.equalsIgnoreCase(primary) || aliases.stream().anyMatch(address::equalsIgnoreCase);
    }

    boolean defaultIsAlias() {
        return !defaultSendAs.equalsIgnoreCase(primary);
    }
}
