package dev.fakegmail.server;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Google Account of the fake server starts (and what {@code reset()} returns it to).
 *
 * <p>Immutable; change it with the {@code with…} methods. {@link #toString()} hides the password and the
 * app password.
 *
 * @param address the Gmail address, the SMTP username; exactly one {@code @} with text on both sides, no
 *                whitespace. Kept as given; lookups ignore case.
 * @param password the Google Account password (not blank); it never authenticates SMTP by itself
 * @param twoStepVerification whether 2-Step Verification is on (needed for app passwords)
 * @param appPassword a fixed value for the initial app password: 16 letters a–z, stored without spaces;
 *                    empty means a random one is created
 */
public record AccountSettings(String address, String password, boolean twoStepVerification,
                              Optional<String> appPassword) {

    /** Length of the random account password made by {@link #of(String)}. */
    public static final int RANDOM_PASSWORD_LENGTH = 20;

    private static final String PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Validates every component.
     *
     * @throws IllegalArgumentException naming the component, what was expected and what was found
     */
    public AccountSettings {
        checkAddress(address);
        checkPassword(address, password);
        Objects.requireNonNull(appPassword, "appPassword of account " + address + " must not be null; use Optional.empty()");
        appPassword = appPassword.map(value -> normalizedAppPassword(address, value));
        if (appPassword.isPresent() && !twoStepVerification) {
            throw new IllegalArgumentException("Account " + address + " has a fixed app password but 2-Step Verification "
                    + "off; app passwords exist only while it is on. Keep twoStepVerification true or drop the app password.");
        }
    }

    /**
     * Settings for {@code address} with a random {@value #RANDOM_PASSWORD_LENGTH}-character password,
     * 2-Step Verification on and a random initial app password.
     */
    public static AccountSettings of(String address) {
        return new AccountSettings(address, randomPassword(), true, Optional.empty());
    }

    /** A copy with another account password. */
    public AccountSettings withPassword(String newPassword) {
        return new AccountSettings(address, newPassword, twoStepVerification, appPassword);
    }

    /** A copy with 2-Step Verification on or off (off is refused while a fixed app password is set). */
    public AccountSettings withTwoStepVerification(boolean on) {
        return new AccountSettings(address, password, on, appPassword);
    }

    /**
     * A copy whose initial app password has this fixed value: 16 letters a–z; spaces between the letters are
     * allowed ({@code "abcd efgh ijkl mnop"}) and dropped.
     */
    public AccountSettings withAppPassword(String value) {
        Objects.requireNonNull(value, "app password of account " + address + " must not be null");
        return new AccountSettings(address, password, twoStepVerification, Optional.of(value));
    }

    private static void checkAddress(String address) {
        Objects.requireNonNull(address, "account address must not be null");
        int at = address.indexOf('@');
        boolean shaped = at > 0 && at == address.lastIndexOf('@') && at < address.length() - 1;
        if (!shaped) {
            throw new IllegalArgumentException("Account address '" + address
                    + "' must contain exactly one '@' with text on both sides, e.g. alice@gmail.com");
        }
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Account address '" + address
                    + "' must not contain whitespace, e.g. alice@gmail.com");
        }
    }

    static void checkPassword(String address, String password) {
        Objects.requireNonNull(password, "password of account " + address + " must not be null");
        if (password.isBlank()) {
            throw new IllegalArgumentException("The password of account " + address
                    + " must not be empty or blank; give it at least one non-space character");
        }
    }

    private static String normalizedAppPassword(String address, String value) {
        String letters = Objects.requireNonNull(value, "app password").replace(" ", "");
        if (letters.length() != AppPassword.LENGTH) {
            throw new IllegalArgumentException("The fixed app password of account " + address + " must be "
                    + AppPassword.LENGTH + " letters a-z (spaces allowed between groups), but it has "
                    + letters.length() + " characters after removing spaces");
        }
        int bad = AppPassword.firstNonLetter(letters);
        if (bad >= 0) {
            throw new IllegalArgumentException("The fixed app password of account " + address + " must be "
                    + AppPassword.LENGTH + " lowercase letters a-z, but letter " + (bad + 1)
                    + " (not counting spaces) is something else; use only a-z like Google does");
        }
        return letters;
    }

    private static String randomPassword() {
        char[] chars = new char[RANDOM_PASSWORD_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return "AccountSettings[address=" + address + ", password=(hidden), twoStepVerification="
                + twoStepVerification + ", appPassword=" + (appPassword.isPresent() ? "(fixed, hidden)" : "(random)") + "]";
    }
}
