package dev.fakegmail.http.internal.cli;

import dev.fakegmail.http.internal.kernel.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the standalone fake Gmail tells its user: the SMTP profile of both ports and where the test CA is.
 * {@link #toString()} hides the password.
 *
 * @param hostName    the host clients connect to ({@code localhost})
 * @param username    the Gmail address that logs in
 * @param appPassword the app password, 16 letters without spaces
 * @param port        the bound STARTTLS port
 * @param sslPort     the bound implicit-TLS port
 * @param imapPort    the bound IMAP port
 * @param caFile      the PEM file of the test CA, absolute
 * @param httpPort    the bound HTTP port of the control API and the token endpoint
 */
record StandaloneProfile(String hostName, String username, String appPassword, int port, int sslPort,
                         int imapPort, Path caFile, int httpPort) {
    private static final int GROUP = 4;

    /** Checks for nulls. */
    StandaloneProfile {
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(appPassword, "appPassword");
        Objects.requireNonNull(caFile, "caFile");
    }

    /** The app password as Google shows it, four groups of four letters. */
    String formattedAppPassword() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < appPassword.length(); i += GROUP) {
            text.append(i == 0 ? "" : " ").append(appPassword, i, Math.min(i + GROUP, appPassword.length()));
        }
        return text.toString();
    }

    /**
     * The profile as a JSON object: {@code hostName}, {@code port}, {@code sslPort}, {@code imapPort},
     * {@code username}, {@code password}, {@code type} ({@code STARTTLS}, for {@code port}), {@code useSsl},
     * {@code caFile}, {@code httpPort}, {@code gmailApiRootUrl} and {@code tokenUri} (for Google's clients).
     */
    String toJson() {
        return new String(Json.bytes(Json.object()
                .put("hostName", hostName)
                .put("port", port)
                .put("sslPort", sslPort)
                .put("imapPort", imapPort)
                .put("username", username)
                .put("password", appPassword)
                .put("type", "STARTTLS")
                .put("useSsl", true)
                .put("caFile", caFile.toString())
                .put("httpPort", httpPort)
                .put("gmailApiRootUrl", "http://" + hostName + ":" + httpPort + "/")
                .put("tokenUri", "http://" + hostName + ":" + httpPort + "/token")), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "StandaloneProfile[hostName=" + hostName + ", username=" + username + ", port=" + port
                + ", sslPort=" + sslPort + ", imapPort=" + imapPort + ", caFile=" + caFile + ", httpPort=" + httpPort
                + "]";
    }
}
