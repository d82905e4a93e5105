package dev.fakegmail.server.internal.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A server's TLS key material: the private key, its certificate chain (leaf first) and the CA that clients trust.
 * The record does not check that the parts belong together; {@link ServerTls#of} does.
 */
record KeyMaterial(PrivateKey key, List<X509Certificate> chain, X509Certificate ca, Optional<PrivateKey> caKey) {

    KeyMaterial {
        chain = List.copyOf(chain);
    }

    /** Material whose CA key is unknown (the user's own). */
    KeyMaterial(PrivateKey key, List<X509Certificate> chain, X509Certificate ca) {
        this(key, chain, ca, Optional.empty());
    }

    X509Certificate leaf() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "KeyMaterial[leaf=" + leaf().getSubjectX500Principal().getName()
                + ", ca=" + ca.getSubjectX500Principal().getName() + "]";
    }
}
