package dev.fakegmail.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.internal.auth.SaslDecoding.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Plain regression tests for what fuzzing of {@link SaslDecoding} found (see {@code SaslFuzzTest}). */
class SaslDecodingTest {

    /**
     * Fuzzing finding (a fault of the fuzz property, not of the decoder): the secret {@code =,,} appeared in
     * {@code toString()} only because the text "user=" plus a user starting with commas spells it. A credential's
     * {@code toString()} is exactly its user; the secret is never part of it.
     */
    @Test
    void toStringIsTheUserOnlyEvenWhenUserTextSpellsTheSecret() {
        byte[] blob = {'e', 'r', ',', '.', 0, ',', ',', (byte) 0xb5, ',', '.', 0, '=', ',', ','};
        Credentials credentials = SaslDecoding.plain(Base64.getEncoder().encodeToString(blob)).orElseThrow();
        assertThat(credentials.secret()).isEqualTo("=,,");
        assertThat(credentials).hasToString("Credentials[user=" + credentials.user() + "]");
        assertThat(new Credentials("alice@gmail.com", "abcdefghijklmnop").toString())
                .doesNotContain("abcdefghijklmnop");
    }

    @Test
    void plainIsExactlyThreePartsAndAnUndecodableResponseIsEmpty() {
        String blob = Base64.getEncoder().encodeToString("\0u\0p".getBytes(StandardCharsets.UTF_8));
        assertThat(SaslDecoding.plain(blob)).contains(new Credentials("u", "p"));
        assertThat(SaslDecoding.plain("%%%%")).isEmpty();
        assertThat(SaslDecoding.plain(Base64.getEncoder().encodeToString("\0\0\0".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(SaslDecoding.base64("=")).hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
    }
}
