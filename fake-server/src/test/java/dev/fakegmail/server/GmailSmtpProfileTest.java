package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GmailSmtpProfileTest {
    private static CertificateAuthority ca;

    @BeforeAll
    static void createCertificateAuthority() throws Exception {
        ca = new CertificateAuthority(selfSigned());
    }

    /** A throw-away self-signed certificate, made with bcpkix over the JDK's own crypto providers. */
    private static X509Certificate selfSigned() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=profile test CA");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)), name, keys.getPublic());
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static GmailSmtpProfile startTls() {
        return GmailSmtpProfile.startTls("localhost", 2587, "alice@gmail.com", "abcdefghijklmnop", ca);
    }

    private static GmailSmtpProfile ssl() {
        return GmailSmtpProfile.ssl("localhost", 2465, "alice@gmail.com", "abcdefghijklmnop", ca);
    }

    @Test
    void factoriesFillEveryComponent() {
        GmailSmtpProfile profile = startTls();

        assertThat(profile.hostName()).isEqualTo("localhost");
        assertThat(profile.username()).isEqualTo("alice@gmail.com");
        assertThat(profile.password()).isEqualTo("abcdefghijklmnop");
        assertThat(profile.port()).isEqualTo(2587);
        assertThat(profile.useSsl()).isTrue();
        assertThat(profile.type()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(profile.certificateAuthority()).isSameAs(ca);
        assertThat(ssl().type()).isEqualTo(SmtpSecurity.SSL);
        assertThat(ssl().useSsl()).isTrue();
    }

    @Test
    void startTlsProperties() {
        Properties properties = startTls().javaMailProperties();

        assertThat(properties.getProperty("mail.smtp.host")).isEqualTo("localhost");
        assertThat(properties.getProperty("mail.smtp.port")).isEqualTo("2587");
        assertThat(properties.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(properties.getProperty("mail.smtp.user")).isEqualTo("alice@gmail.com");
        assertThat(properties.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(properties.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(properties).doesNotContainKey("mail.smtp.ssl.enable");
        assertCommonTls(properties);
    }

    @Test
    void sslProperties() {
        Properties properties = ssl().javaMailProperties();

        assertThat(properties.getProperty("mail.smtp.port")).isEqualTo("2465");
        assertThat(properties.getProperty("mail.smtp.ssl.enable")).isEqualTo("true");
        assertThat(properties).doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.starttls.required");
        assertCommonTls(properties);
    }

    private static void assertCommonTls(Properties properties) {
        assertThat(properties.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(properties.get("mail.smtp.ssl.socketFactory")).isInstanceOf(SSLSocketFactory.class);
        assertThat(properties.getProperty("mail.smtp.ssl.protocols")).isEqualTo("TLSv1.3 TLSv1.2");
        assertThat(properties.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(properties.getProperty("mail.smtp.timeout")).isEqualTo("10000");
        assertThat(properties.values()).doesNotContain("abcdefghijklmnop");
    }

    @Test
    void propertiesAreAFreshCopyEachTime() {
        GmailSmtpProfile profile = startTls();
        Properties first = profile.javaMailProperties();
        first.setProperty("mail.smtp.host", "changed");

        assertThat(profile.javaMailProperties()).isNotSameAs(first);
        assertThat(profile.javaMailProperties().getProperty("mail.smtp.host")).isEqualTo("localhost");
    }

    @Test
    void sessionCarriesThePropertiesAndThePasswordForConnectionsWithoutOne() {
        Session session = ssl().session();

        assertThat(session.getProperty("mail.smtp.ssl.enable")).isEqualTo("true");
        PasswordAuthentication saved = session.getPasswordAuthentication(
                new URLName("smtp", "localhost", -1, null, "alice@gmail.com", null));
        assertThat(saved.getUserName()).isEqualTo("alice@gmail.com");
        assertThat(saved.getPassword()).isEqualTo("abcdefghijklmnop");
        assertThat(session.getPasswordAuthentication(new URLName("smtp", "localhost", 2465, null, "alice@gmail.com",
                null))).usingRecursiveComparison().isEqualTo(saved);
    }

    @Test
    void sessionHasNoAuthenticatorThatCouldReplaceARefusedPassword() {
        Session session = ssl().session();

        assertThat(session.requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 2465, "smtp", null,
                "alice@gmail.com")).isNull();
    }

    @Test
    void builderFillsEveryComponent() {
        GmailSmtpProfile built = GmailSmtpProfile.builder().hostName("localhost").port(2465).type(SmtpSecurity.SSL)
                .username("alice@gmail.com").password("abcdefghijklmnop").certificateAuthority(ca).build();

        assertThat(built).isEqualTo(ssl());
        assertThat(built.oauth2()).isFalse();
        assertThat(GmailSmtpProfile.builder().hostName("localhost").port(2587).username("alice@gmail.com")
                .password("abcdefghijklmnop").certificateAuthority(ca).build()).isEqualTo(startTls());
    }

    @Test
    void builderWithAnAccessTokenMakesAnOAuthProfile() {
        GmailSmtpProfile built = GmailSmtpProfile.builder().hostName("localhost").port(2587)
                .username("alice@gmail.com").accessToken("ya29.token").certificateAuthority(ca).build();

        assertThat(built).isEqualTo(startTls().withAccessToken("ya29.token"));
        assertThat(built.javaMailProperties().getProperty("mail.smtp.auth.mechanisms")).isEqualTo("XOAUTH2");
        assertThat(built.toString()).contains("oauth2").doesNotContain("ya29.token");
    }

    @Test
    void builderNamesTheFieldThatIsMissing() {
        assertThatThrownBy(() -> GmailSmtpProfile.builder().hostName("localhost").username("alice@gmail.com")
                .password("abcdefghijklmnop").certificateAuthority(ca).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A GmailSmtpProfile needs every field of the form, but port was not set. "
                        + "Call port(587) before build()");
        assertThatThrownBy(() -> GmailSmtpProfile.builder().hostName("localhost").port(587)
                .username("alice@gmail.com").certificateAuthority(ca).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A GmailSmtpProfile needs every field of the form, but password was not set. "
                        + "Call password(appPassword) or accessToken(token) before build()");
    }

    @Test
    void theBuilderIsCopiedAtBuild() {
        GmailSmtpProfileBuilder builder = GmailSmtpProfile.builder().hostName("localhost").port(2587)
                .username("alice@gmail.com").password("abcdefghijklmnop").certificateAuthority(ca);
        GmailSmtpProfile first = builder.build();
        builder.port(2465).type(SmtpSecurity.SSL);

        assertThat(first).isEqualTo(startTls());
    }

    @Test
    void withPasswordReplacesOnlyThePassword() {
        GmailSmtpProfile changed = startTls().withPassword("zzzzyyyyxxxxwwww");

        assertThat(changed.password()).isEqualTo("zzzzyyyyxxxxwwww");
        assertThat(changed.withPassword("abcdefghijklmnop")).isEqualTo(startTls());
    }

    @Test
    void toStringShowsTheFormButNeverThePassword() {
        assertThat(startTls().toString())
                .contains("localhost", "alice@gmail.com", "2587", "useSsl=true", "STARTTLS")
                .doesNotContain("abcdefghijklmnop");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void rejectsPortsOutOfRange(int port) {
        assertThatThrownBy(() -> GmailSmtpProfile.startTls("localhost", port, "a@gmail.com", "pw", ca))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port")
                .hasMessageContaining(Integer.toString(port));
    }

    @Test
    void acceptsTheEdgePorts() {
        assertThat(GmailSmtpProfile.ssl("localhost", 1, "a@gmail.com", "pw", ca).port()).isEqualTo(1);
        assertThat(GmailSmtpProfile.ssl("localhost", 65_535, "a@gmail.com", "pw", ca).port()).isEqualTo(65_535);
    }

    @Test
    void rejectsNullAndBlankComponents() {
        assertThatThrownBy(() -> GmailSmtpProfile.ssl(null, 465, "a@gmail.com", "pw", ca))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("hostName");
        assertThatThrownBy(() -> GmailSmtpProfile.ssl("localhost", 465, null, "pw", ca))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> GmailSmtpProfile.ssl("localhost", 465, "a@gmail.com", null, ca))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> GmailSmtpProfile.ssl("localhost", 465, "a@gmail.com", "pw", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("certificateAuthority");
        assertThatThrownBy(() -> GmailSmtpProfile.builder().type(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> GmailSmtpProfile.ssl(" ", 465, "a@gmail.com", "pw", ca))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hostName");
        assertThatThrownBy(() -> GmailSmtpProfile.ssl("localhost", 465, "", "pw", ca))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    }
}
