package dev.fakegmail.benchmarks.scenario;

/** Whether a row's target was met in this run. */
public enum Verdict {
    /** The target was met. */
    MET("yes"),
    /** The target was missed. */
    MISSED("**no**"),
    /** The row has no target; it is for comparison only. */
    NONE("—");

    private final String cell;

    Verdict(String cell) {
        this.cell = cell;
    }

    /** The verdict of a condition. */
    public static Verdict of(boolean met) {
        return met ? MET : MISSED;
    }

    /** How the report's table shows it. */
    public String cell() {
        return cell;
    }
}
