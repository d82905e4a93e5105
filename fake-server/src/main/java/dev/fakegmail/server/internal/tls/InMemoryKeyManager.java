package dev.fakegmail.server.internal.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A server-side key manager holding exactly one key and its chain in memory, with no {@code KeyStore} round trip.
 *
 * <p>Every server-side alias request whose key type fits the key's algorithm gets the one alias, whatever the
 * requested issuers or SNI name. It never offers a client certificate.
 */
final class InMemoryKeyManager extends X509ExtendedKeyManager {
    static final String ALIAS = "fake-gmail-server";

    private final PrivateKey key;
    private final X509Certificate[] chain;

    InMemoryKeyManager(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain.toArray(new X509Certificate[0]);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return fits(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return fits(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return fits(keyType) ? ALIAS : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? key : null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return null;
    }

    /**
     * JSSE asks per key type ("EC", "RSA", "RSASSA-PSS", "EdDSA", and "EC_EC"-style types for the old ECDH
     * suites); answering only for the key's own algorithm keeps it from picking a suite the key cannot serve.
     */
    private boolean fits(String keyType) {
        if (keyType == null) {
            return false;
        }
        int underscore = keyType.indexOf('_');
        String algorithm = underscore < 0 ? keyType : keyType.substring(0, underscore);
        return algorithm.equalsIgnoreCase(key.getAlgorithm());
    }

    @Override
    public String toString() {
        return "InMemoryKeyManager[" + chain[0].getSubjectX500Principal().getName() + "]";
    }
}
