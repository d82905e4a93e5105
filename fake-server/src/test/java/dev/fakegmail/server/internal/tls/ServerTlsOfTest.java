package dev.fakegmail.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerTlsOfTest {
    private final KeyMaterial own = TestCertificates.generate();

    @Test
    void acceptsAMatchingKeyAndChain() {
        ServerTls tls = ServerTls.of(own.key(), own.chain(), own.ca());

        assertThat(tls.authority().certificate()).isEqualTo(own.ca());
        assertThat(tls.certificate()).isEqualTo(own.leaf());
        assertThat(tls.serverContext().getProtocol()).isEqualTo("TLS");
    }

    @Test
    void acceptsAChainOfTheServerCertificateAlone() {
        ServerTls tls = ServerTls.of(own.key(), List.of(own.leaf()), own.ca());

        assertThat(tls.chain()).containsExactly(own.leaf());
    }

    @Test
    void rejectsAnotherKeyOfTheSameType() throws Exception {
        PrivateKey stranger = ecKey("secp256r1");

        assertThatThrownBy(() -> ServerTls.of(stranger, own.chain(), own.ca()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match the server certificate chain[0]")
                .hasMessageContaining("does not verify")
                .hasMessageContaining("fix:");
    }

    @Test
    void rejectsAKeyOnAnotherCurve() throws Exception {
        PrivateKey stranger = ecKey("secp384r1");

        assertThatThrownBy(() -> ServerTls.of(stranger, own.chain(), own.ca()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match the server certificate chain[0]");
    }

    @Test
    void rejectsAKeyOfAnotherAlgorithm() throws Exception {
        PrivateKey stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();

        assertThatThrownBy(() -> ServerTls.of(stranger, own.chain(), own.ca()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("algorithm is EdDSA but chain[0]'s public key's algorithm is EC");
    }

    @Test
    void rejectsAnEmptyChain() {
        List<X509Certificate> empty = List.of();

        assertThatThrownBy(() -> ServerTls.of(own.key(), empty, own.ca()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chain is empty");
    }

    @Test
    void keyMismatchMessageDoesNotLeakTheKey() throws Exception {
        PrivateKey stranger = ecKey("secp256r1");

        assertThatThrownBy(() -> ServerTls.of(stranger, own.chain(), own.ca()))
                .message()
                .doesNotContain(stranger.toString());
    }

    private static PrivateKey ecKey(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair().getPrivate();
    }
}
