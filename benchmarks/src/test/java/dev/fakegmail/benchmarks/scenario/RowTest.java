package dev.fakegmail.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowTest {

    @Test
    void lessIsBetterDividesTheAlternativeByOurs() {
        Row row = Row.lessIsBetter("s", Quantity.millis(5), Quantity.millis(150), "t", Verdict.MET);

        assertThat(row.ours()).isEqualTo("5.00 ms");
        assertThat(row.alternative()).isEqualTo("150 ms");
        assertThat(row.ratio()).isEqualTo("30.0×");
    }

    @Test
    void moreIsBetterDividesOursByTheAlternative() {
        Row row = Row.moreIsBetter("s", Quantity.perSecond(1000), Quantity.perSecond(2000), "t", Verdict.MISSED);

        assertThat(row.ratio()).isEqualTo("0.500×");
        assertThat(row.verdict().cell()).isEqualTo("**no**");
    }

    @Test
    void memoryIsShownInDecimalMegabytesOrBinaryMebibytes() {
        assertThat(Quantity.megabytes(85_100_000)).hasToString("85.1 MB");
        assertThat(Quantity.mebibytesFromKib(120 * 1024)).hasToString("120 MiB");
    }
}
