package dev.fakegmail.http.internal.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Threads#header}: the scan that finds References and In-Reply-To without parsing the message. */
class ThreadsTest {
    @Test
    void findsEveryValueInAnyCaseUnfoldedAndStopsAtTheBody() {
        byte[] message = ("Subject: Re: x\r\nreferences: <a@x>\r\n <b@x>\r\n\t<c@x>\r\nIn-Reply-To: <c@x>\r\n"
                + "References: <d@x>\r\n\r\nReferences: <body@x>\r\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(Threads.header(message, "References")).containsExactly("<a@x> <b@x>\t<c@x>", "<d@x>");
        assertThat(Threads.header(message, "In-Reply-To")).containsExactly("<c@x>");
        assertThat(Threads.header(message, "Message-ID")).isEmpty();
    }

    @Test
    void takesBareLineFeedsAndAHeaderSectionWithoutABody() {
        byte[] message = "From: a@x\nIn-Reply-To:<z@x>\n folded".getBytes(StandardCharsets.US_ASCII);

        assertThat(Threads.header(message, "In-Reply-To")).containsExactly("<z@x> folded");
        assertThat(Threads.header(message, "From")).containsExactly("a@x");
    }
}
