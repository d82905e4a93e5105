package dev.fakegmail.server.internal.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a private key belongs to a certificate's public key. RSA keys are compared by modulus; other keys
 * sign a fixed challenge that the public key must verify. Messages name the algorithms, never key bytes.
 */
final class KeyPairCheck {
    private static final byte[] CHALLENGE = "fake-gmail key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairCheck() {
    }

    /**
     * Requires {@code key} to be the private half of {@code certificateKey}.
     *
     * @throws IllegalArgumentException when the keys do not form a pair, or their algorithm cannot serve TLS here
     */
    static void requirePair(PrivateKey key, PublicKey certificateKey) {
        if (!key.getAlgorithm().equalsIgnoreCase(certificateKey.getAlgorithm())) {
            throw mismatch("the private key's algorithm is " + key.getAlgorithm()
                    + " but chain[0]'s public key's algorithm is " + certificateKey.getAlgorithm());
        }
        if (key instanceof RSAKey && certificateKey instanceof RSAKey) {
            if (!((RSAKey) key).getModulus().equals(((RSAKey) certificateKey).getModulus())) {
                throw mismatch("the RSA private key's modulus differs from chain[0]'s public key");
            }
            return;
        }
        String algorithm = signatureAlgorithm(key.getAlgorithm()).orElseThrow(() -> new IllegalArgumentException(
                "Unsupported server key algorithm " + key.getAlgorithm() + ": expected an EC, RSA, EdDSA or DSA "
                        + "key; fix: pass a key of one of those types"));
        if (!signatureVerifies(algorithm, key, certificateKey)) {
            throw mismatch("a signature made with the " + key.getAlgorithm()
                    + " private key does not verify with chain[0]'s public key");
        }
    }

    private static Optional<String> signatureAlgorithm(String keyAlgorithm) {
        switch (keyAlgorithm.toUpperCase(Locale.ROOT)) {
            case "EC":
                return Optional.of("SHA256withECDSA");
            case "EDDSA":
            case "ED25519":
            case "ED448":
                return Optional.of(keyAlgorithm);
            case "DSA":
                return Optional.of("SHA256withDSA");
            default:
                return Optional.empty();
        }
    }

    private static boolean signatureVerifies(String algorithm, PrivateKey key, PublicKey certificateKey) {
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(CHALLENGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificateKey);
            verifier.update(CHALLENGE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // e.g. keys on different EC curves: the verifier rejects the signature's shape.
            return false;
        }
    }

    private static IllegalArgumentException mismatch(String found) {
        return new IllegalArgumentException("The private key does not match the server certificate chain[0]: "
                + found + "; fix: pass the private key that belongs to the first certificate of the chain");
    }
}
