package dev.fakegmail.server.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/gmail-smtp.md §7: what Gmail does to an accepted message. */
class GmailRewriteTest {
    private static final SenderIdentity ALICE = new SenderIdentity("alice@gmail.com", List.of(), "alice@gmail.com");
    private static final String RECEIVED = "Received: from client.example ([127.0.0.1])\r\n"
            + "        by smtp.gmail.com with ESMTPSA id d2e1a72fcca58-72d40548a06sm7355966b3a.34.2026.03.02.02.00.00\r\n"
            + "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
            + "        Mon, 02 Mar 2026 02:00:00 -0800 (PST)\r\n";

    @Test
    void aMessageFromTheAccountOnlyGetsTheReceivedHeader() {
        String sent = "From: Alice <alice@gmail.com>\r\nTo: bob@example.com\r\nSubject: Hi\r\n"
                + "Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <1@client.example>\r\n\r\n.body\r\n";

        assertThat(deliver(sent, ALICE, "2026-03-02T10:00:00Z")).isEqualTo(RECEIVED + sent);
    }

    @Test
    void aForeignFromIsReplacedKeepingTheDisplayNameAndTheOriginalFollowsIt() {
        String sent = "To: bob@example.com\r\nFrom: \"No Reply\" <noreply@company.example>\r\nSubject: Hi\r\n"
                + "Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <1@client.example>\r\n\r\nbody\r\n";

        String delivered = deliver(sent, ALICE, "2026-03-02T10:00:00Z");

        assertThat(delivered).isEqualTo(RECEIVED + "To: bob@example.com\r\n"
                + "From: No Reply <alice@gmail.com>\r\n"
                + "X-Google-Original-From: \"No Reply\" <noreply@company.example>\r\n"
                + "Subject: Hi\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <1@client.example>\r\n\r\nbody\r\n");
    }

    @Test
    void aVerifiedAliasIsKeptAndADefaultAliasAddsSender() {
        SenderIdentity withAlias = new SenderIdentity("alice@gmail.com", List.of("sales@company.example"),
                "sales@company.example");
        String fromAlias = "From: sales@company.example\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n";
        String fromStranger = "From: Bob <bob@elsewhere.example>\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n";

        assertThat(deliver(fromAlias, withAlias, "2026-03-02T10:00:00Z")).isEqualTo(RECEIVED
                + "From: sales@company.example\r\nSender: alice@gmail.com\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n");
        assertThat(deliver(fromStranger, withAlias, "2026-03-02T10:00:00Z")).isEqualTo(RECEIVED
                + "From: Bob <sales@company.example>\r\nX-Google-Original-From: Bob <bob@elsewhere.example>\r\n"
                + "Sender: alice@gmail.com\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n");
    }

    @Test
    void missingMessageIdAndDateAreAddedInGmailsShapeAndPacificTime() {
        String sent = "From: alice@gmail.com\r\nSubject: bare\r\n\r\nbody\r\n";

        String delivered = deliver(sent, ALICE, "2026-07-02T17:30:05Z");

        assertThat(delivered).contains("\r\nMessage-ID: <")
                .containsPattern("\r\nMessage-ID: <[0-9a-f]{8}\\.[0-9a-f]{8}\\.[0-9a-f]{5,6}\\.[0-9a-f]{4}@mx\\.google\\.com>\r\n")
                .contains("<" + Long.toHexString(Instant.parse("2026-07-02T17:30:05Z").getEpochSecond()) + ".")
                .contains("\r\nDate: Thu, 02 Jul 2026 10:30:05 -0700 (PDT)\r\n\r\nbody\r\n");
    }

    @Test
    void theReceivedHeaderNamesTheNegotiatedTls() {
        Submission tls12 = submission("2026-03-02T10:00:00Z", "TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        String delivered = new String(GmailRewrite.deliver("Subject: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                ALICE, tls12), StandardCharsets.US_ASCII);

        assertThat(delivered).contains("(version=TLS1_2 cipher=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 bits=128/128);");
    }

    @Test
    void bccStaysAndTheBodyIsUntouched() {
        String sent = "From: alice@gmail.com\r\nBcc: secret@example.com\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\n"
                + "From: not a header\r\n\r\nDate: neither\r\n";

        assertThat(deliver(sent, ALICE, "2026-03-02T10:00:00Z")).isEqualTo(RECEIVED + sent);
    }

    @Test
    void anApiSendLosesEveryBccFieldFoldedOrNotAndNothingElse() {
        String sent = "From: alice@gmail.com\r\nBCC: secret@example.com,\r\n  other@example.com\r\nTo: bob@example.com\r\n"
                + "bcc: third@example.com\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nBcc: in the body\r\n";
        byte[] bytes = sent.getBytes(StandardCharsets.ISO_8859_1);

        GmailRewrite.Rewritten rewritten = GmailRewrite.rewriteApi(bytes, ALICE,
                Instant.parse("2026-03-02T10:00:00Z"), "1000000000000");

        assertThat(new String(rewritten.header(), StandardCharsets.ISO_8859_1)).isEqualTo("Received: from 1000000000000"
                + " named unknown by gmailapi.google.com with HTTPREST; Mon, 02 Mar 2026 02:00:00 -0800 (PST)\r\n"
                + "From: alice@gmail.com\r\nTo: bob@example.com\r\nDate: x\r\nMessage-ID: <1@x>\r\n");
        assertThat(new String(bytes, rewritten.bodyOffset(), bytes.length - rewritten.bodyOffset(),
                StandardCharsets.ISO_8859_1)).isEqualTo("\r\nBcc: in the body\r\n");
    }

    private static String deliver(String sent, SenderIdentity sender, String at) {
        byte[] delivered = GmailRewrite.deliver(sent.getBytes(StandardCharsets.ISO_8859_1), sender,
                submission(at, "TLSv1.3", "TLS_AES_256_GCM_SHA384"));
        return new String(delivered, StandardCharsets.ISO_8859_1);
    }

    private static Submission submission(String at, String protocol, String cipher) {
        return new Submission("d2e1a72fcca58-72d40548a06sm7355966b3a.34", "alice@gmail.com", "PLAIN",
                "alice@gmail.com", List.of("bob@example.com"), "client.example", "127.0.0.1", protocol, cipher,
                Instant.parse(at), new byte[0]);
    }
}
