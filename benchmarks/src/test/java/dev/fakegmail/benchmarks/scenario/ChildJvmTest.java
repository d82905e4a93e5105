package dev.fakegmail.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    @Test
    void readsOnlyResultLines() {
        Map<String, Double> results = ChildJvm.parse(List.of(
                "SLF4J: something", "result.millis=12.5", "result.peakRssKiB=90112.0", "result.broken"));

        assertThat(results).containsOnly(Map.entry("millis", 12.5), Map.entry("peakRssKiB", 90112.0));
    }

    @Test
    void aMissingResultNamesWhatWasPrinted() {
        ChildJvm.Run run = new ChildJvm.Run(100, Map.of("millis", 1.0));

        assertThatThrownBy(() -> run.result("retainedBytes"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("result.retainedBytes").hasMessageContaining("millis");
    }
}
