package dev.fakegmail.benchmarks.scenario;

/**
 * A measured figure and its unit, shown with three significant digits.
 *
 * @param value the figure
 * @param unit  its unit as shown: {@code ms}, {@code msg/s}, {@code MB}, {@code MiB}
 */
record Quantity(double value, String unit) {

    static Quantity millis(double value) {
        return new Quantity(value, "ms");
    }

    static Quantity perSecond(double value) {
        return new Quantity(value, "msg/s");
    }

    /** Bytes shown in decimal megabytes (10<sup>6</sup>). */
    static Quantity megabytes(double bytes) {
        return new Quantity(bytes / 1e6, "MB");
    }

    /** Bytes shown in decimal kilobytes (10<sup>3</sup>). */
    static Quantity kilobytes(double bytes) {
        return new Quantity(bytes / 1e3, "KB");
    }

    /** KiB shown in MiB. */
    static Quantity mebibytesFromKib(double kib) {
        return new Quantity(kib / 1024, "MiB");
    }

    @Override
    public String toString() {
        return Format.significant(value) + " " + unit;
    }
}
