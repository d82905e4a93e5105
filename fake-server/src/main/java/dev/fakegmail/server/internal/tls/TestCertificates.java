package dev.fakegmail.server.internal.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a test CA and a server certificate for {@code smtp.gmail.com}, {@code imap.gmail.com} and {@code localhost} at run time.
 *
 * <p>Bouncy Castle only builds and encodes the certificates; every key, digest and signature comes from the JDK's
 * own providers. The Bouncy Castle JCA provider is deliberately not registered: doing so costs most of a second on
 * a cold JVM.
 */
final class TestCertificates {
    static final String CA_SUBJECT = "CN=fake-gmail test CA, O=fake-gmail";
    /** The CA of the "untrusted CA" fault: another name, so clients see an unknown issuer. */
    static final String UNTRUSTED_CA_SUBJECT = "CN=untrusted test CA, O=somewhere else";
    static final String SERVER_SUBJECT = "CN=smtp.gmail.com";
    static final List<String> DNS_NAMES = List.of("localhost", "smtp.gmail.com", "imap.gmail.com");
    static final List<String> IP_ADDRESSES = List.of("127.0.0.1", "::1");

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final String CURVE = "secp256r1";
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final Duration CA_LIFETIME = Duration.ofDays(730);
    private static final Duration SERVER_LIFETIME = Duration.ofDays(365);

    private final SecureRandom random = new SecureRandom();
    private final Instant now = Instant.now();
    private final JcaX509ExtensionUtils extensions;

    private TestCertificates() throws GeneralSecurityException {
        extensions = new JcaX509ExtensionUtils();
    }

    /** A fresh CA key pair and certificate, and a server key pair with its certificate signed by that CA. */
    static KeyMaterial generate() {
        return generate(CA_SUBJECT);
    }

    /** Like {@link #generate()}, with another CA name. */
    static KeyMaterial generate(String caSubject) {
        try {
            TestCertificates maker = new TestCertificates();
            KeyPair caKeys = maker.newKeyPair();
            X509Certificate ca = maker.caCertificate(caKeys, caSubject);
            KeyPair serverKeys = maker.newKeyPair();
            X509Certificate server = maker.serverCertificate(serverKeys, ca, caKeys.getPrivate());
            return new KeyMaterial(serverKeys.getPrivate(), List.of(server, ca), ca, Optional.of(caKeys.getPrivate()));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot generate the test CA and server certificate with the JDK's "
                    + "EC (" + CURVE + ") and " + SIGNATURE_ALGORITHM + " support: " + e.getMessage(), e);
        }
    }

    /**
     * A server certificate signed by an existing CA, for handshakes a client must refuse: {@code dnsNames} replace
     * the usual names (no IP addresses then), and {@code expired} dates it to have ended yesterday.
     */
    static KeyMaterial variant(X509Certificate ca, PrivateKey caKey, List<String> dnsNames, boolean expired) {
        try {
            TestCertificates maker = new TestCertificates();
            KeyPair keys = maker.newKeyPair();
            Date notBefore = Date.from(maker.now.minus(expired ? Duration.ofDays(30) : BACKDATE));
            Date notAfter = Date.from(expired ? maker.now.minus(Duration.ofDays(1)) : maker.now.plus(SERVER_LIFETIME));
            GeneralName[] names = dnsNames.stream().map(n -> new GeneralName(GeneralName.dNSName, n))
                    .toArray(GeneralName[]::new);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, maker.serial(), notBefore,
                    notAfter, new X500Principal(SERVER_SUBJECT), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            X509Certificate server = sign(builder, caKey);
            return new KeyMaterial(keys.getPrivate(), List.of(server, ca), ca, Optional.empty());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot generate a test certificate variant: " + e.getMessage(), e);
        }
    }

    /** A fresh EC P-256 key pair from the JDK's default provider. */
    KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(CURVE), random);
        return generator.generateKeyPair();
    }

    private X509Certificate caCertificate(KeyPair keys, String caSubject)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Principal subject = new X500Principal(caSubject);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                notBefore(), notAfter(CA_LIFETIME), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keys.getPublic()));
        return sign(builder, keys.getPrivate());
    }

    private X509Certificate serverCertificate(KeyPair keys, X509Certificate ca, PrivateKey caKey)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(),
                notBefore(), notAfter(SERVER_LIFETIME), new X500Principal(SERVER_SUBJECT), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames())
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(ca.getPublicKey()));
        return sign(builder, caKey);
    }

    private static GeneralNames subjectAlternativeNames() {
        GeneralName[] names = new GeneralName[DNS_NAMES.size() + IP_ADDRESSES.size()];
        int i = 0;
        for (String dns : DNS_NAMES) {
            names[i++] = new GeneralName(GeneralName.dNSName, dns);
        }
        for (String ip : IP_ADDRESSES) {
            names[i++] = new GeneralName(GeneralName.iPAddress, ip);
        }
        return new GeneralNames(names);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException, OperatorCreationException {
        // No setProvider(...): the JDK's Signature and CertificateFactory do the work.
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer)));
    }

    /** A random positive serial number of at most 128 bits (RFC 5280 allows up to 20 octets). */
    private BigInteger serial() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private Date notBefore() {
        return Date.from(now.minus(BACKDATE));
    }

    private Date notAfter(Duration lifetime) {
        return Date.from(now.plus(lifetime));
    }
}
