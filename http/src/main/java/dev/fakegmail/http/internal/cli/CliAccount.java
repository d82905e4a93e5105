package dev.fakegmail.http.internal.cli;

import dev.fakegmail.server.AccountKind;
import dev.fakegmail.server.AccountSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code --account} of the standalone fake Gmail with the flags that follow it. {@link #toString()} hides the
 * secrets.
 *
 * @param address             the Gmail address ({@code --account})
 * @param password            the Google Account password ({@code --password}); empty means a random one
 * @param appPassword         a fixed app password ({@code --app-password}); empty means a random one
 * @param workspace           a Google Workspace account ({@code --workspace})
 * @param dailyLimit          messages per rolling 24 hours ({@code --daily-limit}); empty means the kind's
 * @param twoStepVerification false with {@code --no-2sv}
 */
record CliAccount(String address, Optional<String> password, Optional<String> appPassword, boolean workspace,
                  OptionalInt dailyLimit, boolean twoStepVerification) {

    /** Checks for nulls. */
    CliAccount {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(appPassword, "appPassword");
        Objects.requireNonNull(dailyLimit, "dailyLimit");
    }

    /** An account with only an address: random secrets, consumer, 2-Step Verification on. */
    static CliAccount of(String address) {
        return new CliAccount(address, Optional.empty(), Optional.empty(), false, OptionalInt.empty(), true);
    }

    /**
     * The account's settings.
     *
     * @throws IllegalArgumentException when a value is malformed (the message names it)
     */
    AccountSettings settings() {
        AccountSettings settings = AccountSettings.of(address);
        if (password.isPresent()) {
            settings = settings.withPassword(password.get());
        }
        if (workspace) {
            settings = settings.withKind(AccountKind.WORKSPACE);
        }
        if (dailyLimit.isPresent()) {
            settings = settings.withDailySendingLimit(dailyLimit.getAsInt());
        }
        if (!twoStepVerification) {
            settings = settings.withTwoStepVerification(false);
        }
        if (appPassword.isPresent()) {
            settings = settings.withAppPassword(appPassword.get());
        }
        return settings;
    }

    @Override
    public String toString() {
        return "CliAccount[" + address + ", password=" + (password.isPresent() ? "(given, hidden)" : "(random)")
                + ", appPassword=" + (appPassword.isPresent() ? "(given, hidden)" : "(random)")
                + (workspace ? ", workspace" : "") + (dailyLimit.isPresent() ? ", dailyLimit=" + dailyLimit.getAsInt() : "")
                + (twoStepVerification ? "" : ", 2SV off") + "]";
    }
}
