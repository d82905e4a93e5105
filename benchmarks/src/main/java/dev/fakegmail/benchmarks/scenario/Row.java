package dev.fakegmail.benchmarks.scenario;

import java.util.Objects;

/**
 * One line of the report: a scenario, our figure, the alternative's, their ratio in our favour (above 1 means
 * fake-gmail did better), the target and whether it was met. Cells are already formatted.
 *
 * @param scenario    what was measured, and against what
 * @param ours        fake-gmail's figure
 * @param alternative the alternative's figure (GreenMail's, or the floor's)
 * @param ratio       how many times better fake-gmail did
 * @param target      the target from the issue, or {@code —}
 * @param verdict     whether the target was met
 */
public record Row(String scenario, String ours, String alternative, String ratio, String target, Verdict verdict) {
    /** Shown where a row has no target. */
    public static final String NO_TARGET = "—";

    /** Checks that no cell is missing. */
    public Row {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A row for a figure where less is better (time, memory): the ratio is the alternative's over ours. */
    static Row lessIsBetter(String scenario, Quantity ours, Quantity alternative, String target, Verdict verdict) {
        return new Row(scenario, ours.toString(), alternative.toString(),
                Format.ratio(alternative.value() / ours.value()), target, verdict);
    }

    /** A row for a figure where more is better (throughput): the ratio is ours over the alternative's. */
    static Row moreIsBetter(String scenario, Quantity ours, Quantity alternative, String target, Verdict verdict) {
        return new Row(scenario, ours.toString(), alternative.toString(),
                Format.ratio(ours.value() / alternative.value()), target, verdict);
    }
}
