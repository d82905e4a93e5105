package dev.fakegmail.benchmarks.scenario;

import java.util.List;

/** One part of the report: measures fake-gmail and its alternative the same way and returns table rows. */
public interface Scenario {

    /** The short name that {@code --only} selects it by. */
    String name();

    /** Runs the measurements; takes from seconds to about a minute. */
    List<Row> run() throws Exception;
}
