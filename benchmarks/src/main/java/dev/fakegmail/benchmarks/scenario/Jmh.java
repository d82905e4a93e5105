package dev.fakegmail.benchmarks.scenario;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one JMH benchmark method at a time with the short settings (one fork, a few one-second iterations) and
 * returns its primary figure. JMH's own output goes to a file per run in the log directory.
 */
public final class Jmh {
    private final Path logDirectory;
    private final int warmupIterations;
    private final int measurementIterations;

    /**
     * @param logDirectory          where JMH's output of each run is written
     * @param warmupIterations      one-second warm-up iterations per run
     * @param measurementIterations one-second measured iterations per run
     */
    public Jmh(Path logDirectory, int warmupIterations, int measurementIterations) {
        this.logDirectory = logDirectory;
        this.warmupIterations = warmupIterations;
        this.measurementIterations = measurementIterations;
    }

    /** A one-line description of the settings, for the report. */
    public String describe() {
        return "JMH, 1 fork, " + warmupIterations + " × 1 s warm-up, " + measurementIterations + " × 1 s measurement";
    }

    /** The median time of one call, in milliseconds, from a single-threaded sample-time run. */
    double medianMillis(Class<?> benchmark, String method) throws RunnerException {
        RunResult result = run(benchmark, method, 1, Mode.SampleTime, TimeUnit.MILLISECONDS);
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    /** The median time of one call, in milliseconds, with the benchmark's {@code @Param} {@code name} set to one value. */
    double medianMillis(Class<?> benchmark, String method, String name, String value) throws RunnerException {
        RunResult result = run(benchmark, method, 1, Mode.SampleTime, TimeUnit.MILLISECONDS,
                options -> options.param(name, value));
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    /** Calls per second over all {@code threads}, from a throughput run. */
    double perSecond(Class<?> benchmark, String method, int threads) throws RunnerException {
        return run(benchmark, method, threads, Mode.Throughput, TimeUnit.SECONDS).getPrimaryResult().getScore();
    }

    private RunResult run(Class<?> benchmark, String method, int threads, Mode mode, TimeUnit unit)
            throws RunnerException {
        return run(benchmark, method, threads, mode, unit, options -> options);
    }

    private RunResult run(Class<?> benchmark, String method, int threads, Mode mode, TimeUnit unit,
                          UnaryOperator<ChainedOptionsBuilder> extra) throws RunnerException {
        String name = benchmark.getSimpleName() + "." + method + (threads > 1 ? "-" + threads + "threads" : "");
        Progress.say("JMH " + name);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
                .mode(mode)
                .timeUnit(unit)
                .threads(threads)
                .forks(1)
                .warmupIterations(warmupIterations)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(measurementIterations)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .output(logDirectory.resolve("jmh-" + name + ".log").toString());
        return new Runner(extra.apply(options).build()).runSingle();
    }
}
