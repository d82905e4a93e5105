package dev.fakegmail.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The trust side of the fake's TLS: the test certificate authority that signed the server certificate.
 *
 * <p>Hand it to a client so that it verifies the chain and the host name for real. It trusts exactly
 * this CA and nothing else; nothing in this project installs a trust-everything factory.
 */
public final class CertificateAuthority {
    private static final String TLS_PROTOCOL = "TLS";

    private final X509Certificate certificate;
    private volatile SSLContext sslContext;

    /**
     * Wraps a CA certificate.
     *
     * @param certificate the certificate that signed (directly or through intermediates) the server certificate
     */
    public CertificateAuthority(X509Certificate certificate) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /** The CA certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate as PEM text ({@code -----BEGIN CERTIFICATE-----} …), ready for a file. */
    public String pem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The test CA certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@link #pem()} to a file (for curl's {@code --cacert}, swaks' {@code --tls-ca-path}, openssl's
     * {@code -CAfile}).
     *
     * @return the file written
     */
    public Path writePem(Path file) throws IOException {
        return Files.writeString(file, pem(), StandardCharsets.US_ASCII);
    }

    /** A new in-memory PKCS12 trust store holding only this CA, under the alias {@code fake-gmail-ca}. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("fake-gmail-ca", certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot build a trust store for the test CA: " + e.getMessage(), e);
        }
    }

    /** A client {@link SSLContext} that trusts exactly this CA (built once, then shared). */
    public SSLContext sslContext() {
        SSLContext context = sslContext;
        if (context == null) {
            context = newSslContext();
            sslContext = context;
        }
        return context;
    }

    /** The socket factory of {@link #sslContext()}, for Jakarta Mail's {@code mail.smtp.ssl.socketFactory}. */
    public SSLSocketFactory socketFactory() {
        return sslContext().getSocketFactory();
    }

    private SSLContext newSslContext() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore());
            SSLContext context = SSLContext.getInstance(TLS_PROTOCOL);
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build an SSLContext for the test CA: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
