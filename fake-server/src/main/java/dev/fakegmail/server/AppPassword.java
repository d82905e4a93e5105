package dev.fakegmail.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Google app password: 16 lowercase letters a–z that let a mail client log in to SMTP while
 * 2-Step Verification is on.
 *
 * <p>Instances are live: {@link #lastUsed()} and {@link #isRevoked()} change as the fake server is used.
 * A revoked app password never works again. Thread-safe. {@link #toString()} never shows the value.
 */
public final class AppPassword {
    /** Number of letters in an app password. */
    public static final int LENGTH = 16;
    /** The longest name (label) an app password may have (chosen). */
    public static final int MAX_NAME = 100;

    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final String value;
    private final Instant createdAt;
    private volatile Instant lastUsed;
    private volatile boolean revoked;

    AppPassword(String name, String value, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("An app password value must be " + LENGTH
                    + " lowercase letters a-z without spaces");
        }
    }

    /** A new app password with a random value drawn from a {@link SecureRandom}. */
    static AppPassword random(String name, Instant createdAt) {
        char[] letters = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            letters[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        return new AppPassword(name, new String(letters), createdAt);
    }

    /** True when {@code text} is exactly {@value #LENGTH} letters a–z. */
    static boolean isWellFormed(String text) {
        return text.length() == LENGTH && firstNonLetter(text) < 0;
    }

    /** Index of the first character that is not a lowercase letter a–z, or -1. */
    static int firstNonLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return i;
            }
        }
        return -1;
    }

    /** The label given when it was created (the initial one is called {@code Mail}). */
    public String name() {
        return name;
    }

    /** The 16 letters, without spaces, e.g. {@code abcdefghijklmnop}. */
    public String value() {
        return value;
    }

    /** The value as Google shows it: four groups of four letters, e.g. {@code abcd efgh ijkl mnop}. */
    public String formatted() {
        StringBuilder text = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(value, i, i + GROUP);
        }
        return text.toString();
    }

    /** When it was created, on the server's clock. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When it last authenticated an SMTP login, on the server's clock; empty if never. */
    public Optional<Instant> lastUsed() {
        return Optional.ofNullable(lastUsed);
    }

    /** True once revoked (by hand, by a password change, by turning 2-Step Verification off, or by a reset). */
    public boolean isRevoked() {
        return revoked;
    }

    /**
     * True when this app password is active and {@code presented} is its value. Unless {@code strict},
     * spaces in {@code presented} are ignored. Compared in constant time.
     */
    boolean matches(String presented, boolean strict) {
        if (revoked) {
            return false;
        }
        String candidate = strict ? presented : presented.replace(" ", "");
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
    }

    void markUsed(Instant when) {
        lastUsed = when;
    }

    void revoke() {
        revoked = true;
    }

    @Override
    public String toString() {
        return "AppPassword[name=" + name + ", createdAt=" + createdAt
                + ", lastUsed=" + lastUsed().map(Instant::toString).orElse("never")
                + ", revoked=" + revoked + "]";
    }
}
