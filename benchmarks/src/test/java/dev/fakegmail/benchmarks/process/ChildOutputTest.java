package dev.fakegmail.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildOutputTest {

    @Test
    void readsTheKibibytesOfAStatusLine() {
        assertThat(ChildOutput.kibValue("VmHWM:\t   90112 kB")).isEqualTo(90_112);
    }
}
