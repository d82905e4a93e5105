package dev.fakegmail.benchmarks;

import dev.fakegmail.benchmarks.scenario.Row;
import java.util.List;

/** The report's table in Markdown. */
final class MarkdownTable {
    private MarkdownTable() {
    }

    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder()
                .append("| scenario | fake-gmail | alternative | ratio (× in our favour) | target | met? |\n")
                .append("|---|---:|---:|---:|---|:---:|\n");
        for (Row row : rows) {
            out.append("| ").append(escape(row.scenario()))
                    .append(" | ").append(escape(row.ours()))
                    .append(" | ").append(escape(row.alternative()))
                    .append(" | ").append(escape(row.ratio()))
                    .append(" | ").append(escape(row.target()))
                    .append(" | ").append(row.verdict().cell())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }
}
