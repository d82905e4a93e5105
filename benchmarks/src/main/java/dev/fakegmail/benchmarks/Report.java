package dev.fakegmail.benchmarks;

import dev.fakegmail.benchmarks.scenario.Jmh;
import dev.fakegmail.benchmarks.scenario.Progress;
import dev.fakegmail.benchmarks.scenario.Row;
import dev.fakegmail.benchmarks.scenario.Scenario;
import dev.fakegmail.benchmarks.scenario.Scenarios;
import dev.fakegmail.benchmarks.scenario.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the short version of every benchmark scenario, fake-gmail and GreenMail in the same run with the same client
 * (Angus Mail), and prints one Markdown table with the ratios and targets.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--only start,connection,reused,concurrent,memory,junit,process,framing,folded]
 * </pre>
 *
 * <p>Progress goes to standard error, the table to standard output. Exits with status 1 when a scenario failed to
 * run (a missed target is a result, not a failure).
 */
public final class Report {
    private static final int WARMUP_ITERATIONS = 3;
    private static final int MEASUREMENT_ITERATIONS = 5;
    private static final int PROCESS_RUNS = 3;

    private Report() {
    }

    /** Runs the scenarios and prints the table; {@code --only a,b} runs only the named ones. */
    public static void main(String[] args) throws Exception {
        Set<String> only = only(args);
        Path logs = Files.createTempDirectory("fake-gmail-benchmarks-");
        Jmh jmh = new Jmh(logs, WARMUP_ITERATIONS, MEASUREMENT_ITERATIONS);
        String loadBefore = Machine.loadAverage();
        List<Row> rows = new ArrayList<>();
        boolean failed = false;
        for (Scenario scenario : Scenarios.all(jmh, logs, PROCESS_RUNS)) {
            if (!only.isEmpty() && !only.contains(scenario.name())) {
                continue;
            }
            try {
                rows.addAll(scenario.run());
            } catch (Exception e) {
                failed = true;
                rows.add(new Row(scenario.name() + " — failed", e.toString(), "", "", "", Verdict.MISSED));
                e.printStackTrace();
            }
        }
        Progress.say("done; logs in " + logs);
        System.out.println(header(jmh, loadBefore));
        System.out.println(MarkdownTable.render(rows));
        if (failed) {
            System.exit(1);
        }
    }

    private static String header(Jmh jmh, String loadBefore) {
        return "fake-gmail vs GreenMail 2.1.14, short run of " + LocalDate.now() + "\n\n"
                + "- Machine: " + Machine.describe() + "\n"
                + "- Load average (1 / 5 / 15 min): " + loadBefore + " before, " + Machine.loadAverage() + " after\n"
                + "- Method: " + jmh.describe() + "; latencies are medians (p50) of sampled calls, throughput is "
                + "messages per second; fresh-process figures are medians of " + PROCESS_RUNS + " processes per server; "
                + "client: Angus Mail in the same JVM as the server\n";
    }

    private static Set<String> only(String[] args) {
        if (args.length == 0) {
            return Set.of();
        }
        if (args.length != 2 || !args[0].equals("--only")) {
            throw new IllegalArgumentException("Usage: java -jar benchmarks.jar [--only name,name,...], names: "
                    + "start, connection, reused, concurrent, memory, junit, process, framing, folded; got "
                    + Arrays.toString(args));
        }
        return Arrays.stream(args[1].split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }
}
