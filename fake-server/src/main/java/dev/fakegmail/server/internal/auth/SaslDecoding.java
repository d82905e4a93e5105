package dev.fakegmail.server.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decoders for the SASL responses Gmail accepts. Each returns empty when the input cannot be decoded, which
 * Gmail answers with {@code 501 5.5.2 Cannot Decode response}. Shared by the SMTP and IMAP doors.
 */
public final class SaslDecoding {
    private SaslDecoding() {
    }

    /** A user and a secret (password, app password or bearer token). */
    public record Credentials(String user, String secret) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    /** Strict base64 ({@code =} alone is the empty response, RFC 4954). */
    public static Optional<byte[]> base64(String text) {
        if (text.equals("=")) {
            return Optional.of(new byte[0]);
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A base64 response as UTF-8 text. */
    public static Optional<String> base64Text(String text) {
        return base64(text).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** PLAIN: {@code authzid NUL authcid NUL passwd}, exactly three parts. */
    public static Optional<Credentials> plain(String response) {
        return base64Text(response).flatMap(text -> {
            List<String> parts = split(text, '\u0000');
            return parts.size() == 3 ? Optional.of(new Credentials(parts.get(1), parts.get(2))) : Optional.empty();
        });
    }

    /** XOAUTH2: {@code user=<user>^Aauth=Bearer <token>^A^A}. */
    public static Optional<Credentials> xoauth2(String response) {
        return base64Text(response).flatMap(text -> {
            String user = null;
            String token = null;
            for (String field : split(text, '\u0001')) {
                if (field.startsWith("user=")) {
                    user = field.substring(5);
                } else if (field.startsWith("auth=Bearer ")) {
                    token = field.substring(12);
                }
            }
            return user == null || token == null ? Optional.empty() : Optional.of(new Credentials(user, token));
        });
    }

    /** OAUTHBEARER (RFC 7628): {@code n,a=<user>,^Ahost=…^Aport=…^Aauth=Bearer <token>^A^A}. */
    public static Optional<Credentials> oauthBearer(String response) {
        return base64Text(response).flatMap(text -> {
            List<String> fields = split(text, '\u0001');
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            String user = null;
            for (String attribute : split(fields.get(0), ',')) {
                if (attribute.startsWith("a=")) {
                    user = attribute.substring(2).replace("=2C", ",").replace("=3D", "=");
                }
            }
            String token = null;
            for (String field : fields) {
                if (field.startsWith("auth=Bearer ")) {
                    token = field.substring(12);
                }
            }
            return user == null || token == null ? Optional.empty() : Optional.of(new Credentials(user, token));
        });
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
