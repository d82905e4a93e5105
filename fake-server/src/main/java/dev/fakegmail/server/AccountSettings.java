package dev.fakegmail.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
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
 * @param kind consumer {@code @gmail.com} or Google Workspace (default consumer)
 * @param dailySendingLimit messages per rolling 24 hours (default the kind's: 500 or 2,000)
 * @param sendAsAliases verified "Send mail as" addresses besides the primary one
 * @param defaultSendAs the default "Send mail as" address, when it is not the primary address
 */
public record AccountSettings(String address, String password, boolean twoStepVerification,
                              Optional<String> appPassword, AccountKind kind, int dailySendingLimit,
                              List<String> sendAsAliases, Optional<String> defaultSendAs) {

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
        Objects.requireNonNull(kind, "kind of account " + address + " must not be null; use AccountKind.CONSUMER");
        if (dailySendingLimit < 1) {
            throw new IllegalArgumentException("The daily sending limit of account " + address
                    + " must be at least 1, was " + dailySendingLimit);
        }
        sendAsAliases = List.copyOf(sendAsAliases);
        sendAsAliases.forEach(AccountSettings::checkAddress);
        Objects.requireNonNull(defaultSendAs, "defaultSendAs of account " + address + " must not be null");
        String primary = address;
        List<String> aliases = sendAsAliases;
        defaultSendAs.ifPresent(chosen -> {
            if (!chosen.equalsIgnoreCase(primary) && aliases.stream().noneMatch(chosen::equalsIgnoreCase)) {
                throw new IllegalArgumentException("The default send-as address '" + chosen + "' of account " + primary
                        + " is neither the account's address nor one of its verified aliases " + aliases
                        + "; add it first with withSendAsAlias(\"" + chosen + "\")");
            }
        });
    }

    /** Settings of a consumer account with Gmail's default limit, no aliases (the original four components). */
    public AccountSettings(String address, String password, boolean twoStepVerification, Optional<String> appPassword) {
        this(address, password, twoStepVerification, appPassword, AccountKind.CONSUMER,
                AccountKind.CONSUMER.dailySendingLimit(), List.of(), Optional.empty());
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
        return new AccountSettings(address, newPassword, twoStepVerification, appPassword, kind, dailySendingLimit,
                sendAsAliases, defaultSendAs);
    }

    /** A copy with 2-Step Verification on or off (off is refused while a fixed app password is set). */
    public AccountSettings withTwoStepVerification(boolean on) {
        return new AccountSettings(address, password, on, appPassword, kind, dailySendingLimit, sendAsAliases,
                defaultSendAs);
    }

    /** A copy of another kind, with that kind's daily sending limit (500 consumer, 2,000 Workspace). */
    public AccountSettings withKind(AccountKind newKind) {
        return new AccountSettings(address, password, twoStepVerification, appPassword, newKind,
                newKind.dailySendingLimit(), sendAsAliases, defaultSendAs);
    }

    /** A copy with another number of messages per rolling 24 hours. */
    public AccountSettings withDailySendingLimit(int messages) {
        return new AccountSettings(address, password, twoStepVerification, appPassword, kind, messages,
                sendAsAliases, defaultSendAs);
    }

    /** A copy with one more verified "Send mail as" alias. */
    public AccountSettings withSendAsAlias(String alias) {
        List<String> aliases = new ArrayList<>(sendAsAliases);
        aliases.add(alias);
        return new AccountSettings(address, password, twoStepVerification, appPassword, kind, dailySendingLimit,
                aliases, defaultSendAs);
    }

    /** A copy whose default "Send mail as" address is this verified alias (or the primary address). */
    public AccountSettings withDefaultSendAs(String sendAs) {
        return new AccountSettings(address, password, twoStepVerification, appPassword, kind, dailySendingLimit,
                sendAsAliases, Optional.of(sendAs));
    }

    /**
     * A copy whose initial app password has this fixed value: 16 letters a–z; spaces between the letters are
     * allowed ({@code "abcd efgh ijkl mnop"}) and dropped.
     */
    public AccountSettings withAppPassword(String value) {
        Objects.requireNonNull(value, "app password of account " + address + " must not be null");
        return new AccountSettings(address, password, twoStepVerification, Optional.of(value), kind,
                dailySendingLimit, sendAsAliases, defaultSendAs);
    }

    /** The longest address: RFC 5321's 256-octet path less its angle brackets. */
    static final int MAX_ADDRESS = 254;
    /** The longest account password (chosen: as long as Google's sign-in form takes). */
    static final int MAX_PASSWORD = 100;

    static void checkAddress(String address) {
        Objects.requireNonNull(address, "account address must not be null");
        if (address.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("Account address '" + address.substring(0, 24) + "…' has "
                    + address.length() + " characters, more than " + MAX_ADDRESS + ", the most an email address has"
                    + " (RFC 5321); use a shorter one");
        }
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
        if (password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("The password of account " + address + " has " + password.length()
                    + " characters, more than " + MAX_PASSWORD + "; choose a shorter one");
        }
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
                + twoStepVerification + ", appPassword=" + (appPassword.isPresent() ? "(fixed, hidden)" : "(random)")
                + ", kind=" + kind + ", dailySendingLimit=" + dailySendingLimit + ", sendAsAliases=" + sendAsAliases
                + ", defaultSendAs=" + defaultSendAs.orElse(address) + "]";
    }
}
