package dev.fakegmail.server.protocol;

import dev.fakegmail.server.AccountSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A Google Account with known secrets for the protocol tests: 2-Step Verification on and a fixed app password
 * derived from the address (so every test account has a different one).
 *
 * @param address     the Gmail address
 * @param password    the Google Account password
 * @param appPassword the fixed app password as Google shows it ({@code abcd efgh ijkl mnop})
 */
public record TestAccount(String address, String password, String appPassword) {

    /** {@code <localPart>@gmail.com} with password {@code Correct-Horse-1} and a derived app password. */
    public static TestAccount named(String localPart) {
        String address = localPart + "@gmail.com";
        return new TestAccount(address, "Correct-Horse-1", derivedAppPassword(address));
    }

    /** The settings to register the account with a server. */
    public AccountSettings settings() {
        return AccountSettings.of(address).withPassword(password).withAppPassword(appPassword);
    }

    /** The app password without the display spaces. */
    public String compactAppPassword() {
        return appPassword.replace(" ", "");
    }

    private static String derivedAppPassword(String address) {
        byte[] digest = sha256(address);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append((char) ('a' + Math.floorMod(digest[i], 26)));
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "TestAccount[" + address + "]";
    }
}
