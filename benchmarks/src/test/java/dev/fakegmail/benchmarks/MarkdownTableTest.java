package dev.fakegmail.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.benchmarks.scenario.Row;
import dev.fakegmail.benchmarks.scenario.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void rendersAHeaderAndOneLinePerRowWithPipesEscaped() {
        String table = MarkdownTable.render(List.of(
                new Row("a | b", "1 ms", "2 ms", "2.00×", Row.NO_TARGET, Verdict.NONE)));

        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().findFirst()).hasValue(
                "| scenario | fake-gmail | alternative | ratio (× in our favour) | target | met? |");
        assertThat(table).contains("| a \\| b | 1 ms | 2 ms | 2.00× | — | — |");
    }
}
