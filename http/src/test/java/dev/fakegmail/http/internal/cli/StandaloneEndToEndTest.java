package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import dev.fakegmail.server.ActivityEvent;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.ReceivedMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process on free ports, used the way an application outside the JVM's tests would use it. */
class StandaloneEndToEndTest {
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

    @TempDir
    Path dir;

    @Test
    void anAppReadingTheProfileFileAndTheCaFileSendsOnBothPorts() throws Exception {
        Path caFile = dir.resolve("out/ca.pem");
        Path profileFile = dir.resolve("out/profile.json");
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0", "--imap-port", "0",
                "--account", "alice@gmail.com",
                "--app-password", "abcd efgh ijkl mnop", "--ca-out", caFile.toString(),
                "--profile-out", profileFile.toString())) {
            cli.gmail();
            Map<String, Object> profile = FlatJson.parse(Files.readString(profileFile));
            assertThat(profile).containsEntry("hostName", "localhost").containsEntry("username", "alice@gmail.com")
                    .containsEntry("password", "abcdefghijklmnop").containsEntry("type", "STARTTLS")
                    .containsEntry("useSsl", true).containsEntry("caFile", caFile.toAbsolutePath().toString())
                    .containsEntry("imapPort", (long) cli.gmail().server().imapPort());

            send(profile, false, "Over STARTTLS");
            send(profile, true, "Over implicit TLS");

            assertThat(cli.stop()).isZero();
            String out = cli.out();
            assertThat(out).contains("  Username   alice@gmail.com\n", "  Password   abcdefghijklmnop   ",
                    "  Port       " + profile.get("port") + "\n", "Test CA      " + caFile.toAbsolutePath() + "\n",
                    "Profile JSON " + profileFile.toAbsolutePath() + "\n",
                    "  IMAP (reading mail): Port " + profile.get("imapPort") + ", Use SSL Yes");
            assertThat(out.lines().filter(line -> TIME.matcher(line).lookingAt()).map(line -> line.substring(19)))
                    .containsExactly(
                            "  from alice@gmail.com  to bob@example.com  subject \"Over STARTTLS\"",
                            "  from alice@gmail.com  to bob@example.com  subject \"Over implicit TLS\"");
            assertThat(out).endsWith("Fake Gmail stopped; it accepted 2 messages.\n");
            assertThat(cli.err()).isEmpty();
        }
        assertThat(caFile).as("a CA file asked for with --ca-out is kept").exists();
    }

    @Test
    void maxMessagesKeepsTheNewestAndRecordsEachRemoval() throws Exception {
        Path profileFile = dir.resolve("capped/profile.json");
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0", "--imap-port", "0",
                "--max-messages", "1", "--profile-out", profileFile.toString())) {
            FakeGmailServer server = cli.gmail().server();
            Map<String, Object> profile = FlatJson.parse(Files.readString(profileFile));

            send(profile, false, "first");
            server.awaitMessages(1, Duration.ofSeconds(30));
            send(profile, false, "second");
            assertThat(server.awaitNewestChange("1", Duration.ofSeconds(30))).isTrue();

            assertThat(server.receivedMessages()).extracting(ReceivedMessage::subject).containsExactly("second");
            assertThat(server.activity()).filteredOn(event -> event.kind() == ActivityEvent.Kind.MESSAGE_REMOVED)
                    .extracting(ActivityEvent::detail).containsExactly("1");
        }
    }

    @Test
    void withoutCaOutTheCaGoesToATemporaryFileThatIsDeletedOnStop() throws Exception {
        Path caFile;
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0")) {
            caFile = cli.gmail().profile().caFile();
            assertThat(Files.readString(caFile)).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(cli.out()).contains("Test CA      " + caFile + "\n");

            assertThat(cli.stop()).isZero();
        }
        assertThat(caFile).doesNotExist();
    }

    @Test
    void aTakenPortWithStrictPortsFailsWithExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             RunningCli cli = RunningCli.run("--port", Integer.toString(taken.getLocalPort()), "--ssl-port", "0", "--http-port", "0",
                     "--strict-ports")) {
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).startsWith("fake-gmail: cannot start: Cannot bind the STARTTLS port "
                    + taken.getLocalPort());
            assertThat(cli.out()).isEmpty();
        }
    }

    @Test
    void anUnwritableProfileFileFailsWithExitCodeOneAndNamesTheFile() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        try (RunningCli cli = RunningCli.run("--port", "0", "--ssl-port", "0", "--http-port", "0", "--profile-out",
                notADirectory.resolve("profile.json").toString())) {
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).startsWith("fake-gmail: cannot start: Cannot write the profile to "
                    + notADirectory.resolve("profile.json"));
        }
    }

    private static void send(Map<String, Object> profile, boolean implicitTls, String subject) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", (String) profile.get("hostName"));
        properties.setProperty("mail.smtp.port", profile.get(implicitTls ? "sslPort" : "port").toString());
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty(implicitTls ? "mail.smtp.ssl.enable" : "mail.smtp.starttls.required", "true");
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(!implicitTls));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.ssl.socketFactory",
                trusting(Path.of((String) profile.get("caFile"))).getSocketFactory());
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom((String) profile.get("username"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.com");
        message.setSubject(subject);
        message.setText("Sent by an app that read the profile file.");
        Transport.send(message, (String) profile.get("username"), (String) profile.get("password"));
    }

    private static SSLContext trusting(Path pemFile) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(pemFile)) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
