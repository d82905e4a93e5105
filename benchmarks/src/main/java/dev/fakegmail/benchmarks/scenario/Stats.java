package dev.fakegmail.benchmarks.scenario;

import java.util.List;

/** The statistics the report uses. */
final class Stats {
    private Stats() {
    }

    /**
     * The median; for an even count the mean of the two middle values.
     *
     * @throws IllegalArgumentException for no values
     */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values: a median needs at least one");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The largest value, or NaN for none. */
    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
