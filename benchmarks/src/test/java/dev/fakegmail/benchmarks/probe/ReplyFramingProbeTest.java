package dev.fakegmail.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyFramingProbeTest {

    @Test
    void aReplyIsCompleteOnlyAfterItsLastLine() {
        assertThat(ReplyFramingProbe.isComplete("250 OK\r\n")).isTrue();
        assertThat(ReplyFramingProbe.isComplete("250-smtp.gmail.com\r\n")).isFalse();
        assertThat(ReplyFramingProbe.isComplete("250-smtp.gmail.com\r\n250-SIZE 1\r\n")).isFalse();
        assertThat(ReplyFramingProbe.isComplete("250-smtp.gmail.com\r\n250 SMTPUTF8\r\n")).isTrue();
        assertThat(ReplyFramingProbe.isComplete("250-smtp.gmail.com\r\n250 SMTP")).isFalse();
        assertThat(ReplyFramingProbe.isComplete("")).isFalse();
    }

    @Test
    void timingsKeepTheMostReadsOfAnyReply() {
        ReplyTiming timing = new ReplyTiming();
        timing.add(1, 0.2);
        timing.add(2, 40.5);

        assertThat(timing.replies()).isEqualTo(2);
        assertThat(timing.maxReads()).isEqualTo(2);
        assertThat(timing.millis()).containsExactly(0.2, 40.5);
    }
}
