package dev.fakegmail.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void showsThreeSignificantDigitsWithThousandsSeparators() {
        assertThat(Format.significant(0.83127)).isEqualTo("0.831");
        assertThat(Format.significant(4.9)).isEqualTo("4.90");
        assertThat(Format.significant(137.4)).isEqualTo("137");
        assertThat(Format.significant(1912.6)).isEqualTo("1,910");
        assertThat(Format.significant(0)).isEqualTo("0");
        assertThat(Format.significant(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void ratiosCarryATimesSign() {
        assertThat(Format.ratio(15.23)).isEqualTo("15.2×");
    }
}
