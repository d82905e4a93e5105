package dev.fakegmail.junit;

import dev.fakegmail.server.GmailApiProfile;
import dev.fakegmail.server.GmailSmtpProfile;
import dev.fakegmail.server.SmtpSecurity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The property names of one {@link GmailProperties} (or its defaults), and the values a running fake gives them.
 * Free of Spring types: the values are plain strings that the context customizer puts first in the environment.
 *
 * @param host                 the host name's property
 * @param port                 the port's property
 * @param username             the username's property
 * @param password             the password's property
 * @param certificateAuthority the CA PEM's property, if any
 */
record SpringProperties(String host, String port, String username, String password,
                        Optional<String> certificateAuthority) {
    /** Spring Boot's name for the mail host; while {@link #host()} is this, Boot's mail settings are added too. */
    static final String BOOT_HOST = "spring.mail.host";
    /** The SSL bundle the fake's CA is put in. */
    static final String BUNDLE = "fake-gmail";
    /** The prefix of the Gmail API's properties, set when {@link FakeGmail#http()} is on. */
    static final String GMAIL_API = "fakegmail.gmail-api.";

    /** The names {@code annotation} gives, or Spring Boot's when there is none; blank names fail, naming the class. */
    static SpringProperties of(Optional<GmailProperties> annotation, String element) {
        if (annotation.isEmpty()) {
            return new SpringProperties(BOOT_HOST, "spring.mail.port", "spring.mail.username", "spring.mail.password",
                    Optional.empty());
        }
        GmailProperties names = annotation.get();
        requireName(names.host(), "host", element);
        requireName(names.port(), "port", element);
        requireName(names.username(), "username", element);
        requireName(names.password(), "password", element);
        Optional<String> ca = Optional.of(names.certificateAuthority()).filter(name -> !name.isEmpty());
        ca.ifPresent(name -> requireName(name, "certificateAuthority", element));
        return new SpringProperties(names.host(), names.port(), names.username(), names.password(), ca);
    }

    private static void requireName(String name, String attribute, String element) {
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalStateException("@GmailProperties on " + element + ", attribute " + attribute
                    + ": expected a property name such as \"crm.smtp." + attribute + "\", but found \"" + name
                    + "\". Give the property your application reads, or remove the attribute to keep Spring Boot's.");
        }
    }

    /** The four names an application's own property sources must not set while the fake provides them. */
    List<String> connectionNames() {
        return Stream.concat(Stream.of(host, port, username, password), certificateAuthority.stream()).toList();
    }

    /** Whether the application's sender is Spring Boot's: the host's property is {@code spring.mail.host}. */
    boolean springBoot() {
        return host.equals(BOOT_HOST);
    }

    /** The properties for {@code profile}: the named ones, and Spring Boot's TLS settings if {@link #springBoot()}. */
    Map<String, Object> values(GmailSmtpProfile profile) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(host, profile.hostName());
        values.put(port, Integer.toString(profile.port()));
        values.put(username, profile.username());
        values.put(password, profile.password());
        certificateAuthority.ifPresent(name -> values.put(name, profile.certificateAuthority().pem()));
        if (springBoot()) {
            values.putAll(bootTls(profile));
        }
        return values;
    }

    /**
     * The Gmail API's values under {@value #GMAIL_API}: {@code root-url}, {@code token-uri}, {@code client-id},
     * {@code client-secret}, {@code refresh-token}, {@code user} (the account's address) and {@code scopes} (comma
     * separated, so that Spring binds them to a {@code List<String>}).
     */
    static Map<String, Object> gmailApi(GmailApiProfile profile) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(GMAIL_API + "root-url", profile.rootUrl());
        values.put(GMAIL_API + "token-uri", profile.tokenUri().toString());
        values.put(GMAIL_API + "client-id", profile.clientId());
        values.put(GMAIL_API + "client-secret", profile.clientSecret());
        values.put(GMAIL_API + "refresh-token", profile.refreshToken());
        values.put(GMAIL_API + "user", profile.address());
        values.put(GMAIL_API + "scopes", String.join(",", profile.scopes()));
        return values;
    }

    /** What Spring Boot's mail auto-configuration turns into {@code GmailSmtpProfile.javaMailProperties()}. */
    private static Map<String, Object> bootTls(GmailSmtpProfile profile) {
        Map<String, Object> values = new LinkedHashMap<>();
        String mail = "spring.mail.properties.mail.smtp.";
        values.put("spring.mail.protocol", "smtp");
        values.put(mail + "auth", "true");
        if (profile.type() == SmtpSecurity.STARTTLS) {
            values.put(mail + "starttls.enable", "true");
            values.put(mail + "starttls.required", "true");
        } else {
            values.put("spring.mail.ssl.enabled", "true");
        }
        values.put(mail + "ssl.checkserveridentity", "true");
        values.put(mail + "ssl.socketFactory.fallback", "false");
        values.put(mail + "ssl.protocols", GmailSmtpProfile.TLS_PROTOCOLS);
        values.put(mail + "connectiontimeout", Integer.toString(GmailSmtpProfile.TIMEOUT_MILLIS));
        values.put(mail + "timeout", Integer.toString(GmailSmtpProfile.TIMEOUT_MILLIS));
        values.put("spring.ssl.bundle.pem." + BUNDLE + ".truststore.certificate", profile.certificateAuthority().pem());
        values.put("spring.mail.ssl.bundle", BUNDLE);
        return values;
    }
}
