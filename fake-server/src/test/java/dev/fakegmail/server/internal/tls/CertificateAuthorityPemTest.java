package dev.fakegmail.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.server.CertificateAuthority;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityPemTest {
    private final CertificateAuthority authority = ServerTls.shared().authority();

    @Test
    void pemRoundTripsToAnEqualCertificate() throws Exception {
        String pem = authority.pem();

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(parse(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(authority.certificate());
    }

    @Test
    void writtenPemFileRoundTripsToAnEqualCertificate(@TempDir Path dir) throws Exception {
        Path file = authority.writePem(dir.resolve("fake-gmail-ca.pem"));

        try (InputStream in = Files.newInputStream(file)) {
            assertThat(parse(in)).isEqualTo(authority.certificate());
        }
    }

    private static Certificate parse(InputStream in) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
}
