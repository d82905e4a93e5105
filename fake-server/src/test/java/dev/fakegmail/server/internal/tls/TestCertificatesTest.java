package dev.fakegmail.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;

class TestCertificatesTest {
    private static final int DNS = 2;
    private static final int IP = 7;
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;

    private final ServerTls tls = ServerTls.shared();
    private final X509Certificate server = tls.certificate();
    private final X509Certificate ca = tls.authority().certificate();

    @Test
    void serverCertificateHasExactlyTheExpectedAlternativeNames() throws Exception {
        List<String> dns = new ArrayList<>();
        List<InetAddress> ips = new ArrayList<>();
        for (List<?> name : server.getSubjectAlternativeNames()) {
            int type = (Integer) name.get(0);
            assertThat(type).as("SAN type").isIn(DNS, IP);
            if (type == DNS) {
                dns.add((String) name.get(1));
            } else {
                ips.add(InetAddress.getByName((String) name.get(1)));
            }
        }
        assertThat(dns).containsExactlyInAnyOrder("localhost", "smtp.gmail.com", "imap.gmail.com");
        assertThat(ips).containsExactlyInAnyOrder(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"));
    }

    @Test
    void serverCertificateIsAnEndEntityForServerAuthentication() throws Exception {
        assertThat(server.getSubjectX500Principal().getName()).isEqualTo("CN=smtp.gmail.com");
        assertThat(server.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(server.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(server.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
        assertThat(server.getKeyUsage()[KEY_CERT_SIGN]).isFalse();
        assertThat(server.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(((ECPublicKey) server.getPublicKey()).getParams().getCurve().getField().getFieldSize())
                .isEqualTo(256);
        assertThat(server.getSerialNumber()).isGreaterThan(BigInteger.ZERO);
    }

    @Test
    void serverCertificateIsSignedByTheCa() throws Exception {
        server.verify(ca.getPublicKey());

        assertThat(server.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        assertThat(authorityKeyId(server)).isEqualTo(subjectKeyId(ca));
        assertThat(subjectKeyId(server)).isNotEqualTo(subjectKeyId(ca));
        assertThat(tls.chain()).containsExactly(server, ca);
    }

    @Test
    void chainValidatesUnderPkixWithTheCaAsTrustAnchor() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(false);

        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(server)), parameters);
    }

    @Test
    void caIsASelfSignedCertificateAuthority() throws Exception {
        ca.verify(ca.getPublicKey());

        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=fake-gmail test CA,O=fake-gmail");
        assertThat(ca.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
        assertThat(ca.getCriticalExtensionOIDs()).contains(Extension.basicConstraints.getId());
        assertThat(ca.getKeyUsage()[KEY_CERT_SIGN]).isTrue();
        assertThat(ca.getKeyUsage()[CRL_SIGN]).isTrue();
        assertThat(ca.getKeyUsage()[DIGITAL_SIGNATURE]).isFalse();
    }

    @Test
    void validityStartsAnHourBackAndLastsAboutOneAndTwoYears() {
        Instant now = Instant.now();
        assertThat(server.getNotBefore().toInstant()).isBefore(now.minus(Duration.ofMinutes(50)));
        assertThat(ca.getNotBefore().toInstant()).isBefore(now.minus(Duration.ofMinutes(50)));
        assertThat(server.getNotAfter().toInstant()).isAfter(now.plus(Duration.ofDays(360)));
        assertThat(ca.getNotAfter().toInstant()).isAfter(now.plus(Duration.ofDays(720)));
        assertThat(server.getNotAfter()).isBeforeOrEqualTo(ca.getNotAfter());
    }

    private static byte[] subjectKeyId(X509Certificate certificate) {
        byte[] value = ASN1OctetString.getInstance(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .getOctets();
        return SubjectKeyIdentifier.getInstance(value).getKeyIdentifier();
    }

    private static byte[] authorityKeyId(X509Certificate certificate) {
        byte[] value = ASN1OctetString.getInstance(
                certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets();
        return AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierOctets();
    }
}
