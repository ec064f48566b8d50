package kosh.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import kosh.engine.PhaseTimes;
import kosh.engine.PhaseTimes.Phase;
import kosh.engine.Runner;
import kosh.experiment.ReplicateRunner;
import kosh.experiment.Seeds;
import kosh.model.PopulationSpec;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioException;
import kosh.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code kosh bench}: how long one run takes, how many household-months it simulates per second,
 * how many runs an ensemble gets through per minute, and how time and memory grow with the
 * population. Everything runs in this JVM, after one warm-up run; nothing is written.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the model on this machine: one run (median of --repeats, after a warm-up run), "
                + "household-months simulated per second, ensemble runs per minute on --threads threads, and the run "
                + "time and peak heap of the scenario with its population multiplied by each of --scales. "
                + "Timings on a machine shared with other work are noisy: compare medians taken back to back."},
        footer = {"", "Examples:", "  java -jar target/kosh.jar bench", "  java -jar target/kosh.jar bench --scales 1,4 --threads 1",
                "", "Exit status: 0 done, 2 bad scenario or options, 1 internal error."})
final class BenchCommand implements Callable<Integer> {
    /** Share of the scenario's population in --quick runs. */
    static final double QUICK_SHARE = 1 / 50.0;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/baseline.yaml",
            description = "Scenario to time (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of one run's time, after one warm-up run (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Threads of the ensemble measurement, which runs 2 × T runs (default: all cores).")
    Integer threads;

    @Option(names = "--scales", paramLabel = "LIST", split = ",", defaultValue = "1,4,16",
            description = "Population multipliers to time and measure memory at, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Double> scales;

    @Option(names = "--quick", description = "A quick check: the population at 1/50, 1 repeat, scale 1 only.")
    boolean quick;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String bad = problem();
        if (bad != null) {
            err.println("kosh: " + bad);
            return Main.BAD_INPUT;
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile);
        } catch (ScenarioException e) {
            err.println("kosh: bad scenario: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        int runs = quick ? 1 : repeats, threadCount = Main.threadCount(threads);
        List<Double> multipliers = quick ? List.of(1.0) : withOne(scales);
        if (quick) scenario = scaled(scenario, QUICK_SHARE);

        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "kosh bench: %s (%,d persons in %d, %d-%d)%s%n", scenarioFile, scenario.population().persons(),
                scenario.startYear(), scenario.startYear(), scenario.endYear(), quick ? ", quick: population at 1/50" : "");
        out.printf(Locale.ROOT, "machine: %d cores, max heap %,d MB, Java %s (%s), %s%n%n", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("java.vm.name"), collectors());

        Runner.Result warmUp = Runner.run(scenario, 1, null);
        double[] wall = new double[runs], cpu = new double[runs];
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        PhaseTimes phases = new PhaseTimes();
        for (int i = 0; i < runs; i++) {
            long w0 = System.nanoTime(), c0 = threadBean.getCurrentThreadCpuTime();
            phases.addAll(Runner.run(scenario, 1, null).phaseTimes());
            cpu[i] = (threadBean.getCurrentThreadCpuTime() - c0) / 1e9;
            wall[i] = (System.nanoTime() - w0) / 1e9;
        }
        double runSeconds = median(wall);
        out.printf(Locale.ROOT, "%-44s %s%n", "measure", "value");
        out.printf(Locale.ROOT, "%-44s %.2f s wall, %.2f s CPU (min %.2f, max %.2f s wall)%n",
                "one run (median of " + runs + ", after 1 warm-up)", runSeconds, median(cpu), min(wall), max(wall));
        out.printf(Locale.ROOT, "%-44s %,.0f (%,.0f household-months per run)%n", "household-months per second",
                householdMonths(warmUp) / runSeconds, householdMonths(warmUp));
        int ensembleRuns = 2 * threadCount;
        final Scenario timed = scenario;
        long e0 = System.nanoTime(), gc0 = collectionMillis();
        ReplicateRunner.run(ensembleRuns, threadCount, i -> Runner.run(timed, Seeds.replicate(1, i), null), (i, r) -> { });
        double ensembleSeconds = (System.nanoTime() - e0) / 1e9;
        double gcSeconds = (collectionMillis() - gc0) / 1e3;
        out.printf(Locale.ROOT, "%-44s %.1f runs/min (%.2f s per run per thread; garbage collection %.2f s of %.2f s)%n",
                "ensemble, " + ensembleRuns + " runs on " + count(threadCount, "thread"),
                ensembleRuns * 60 / ensembleSeconds, ensembleSeconds * threadCount / ensembleRuns, gcSeconds, ensembleSeconds);
        // The target, printed beside the measure so that every bench says how far off it is.
        out.printf(Locale.ROOT, "%-44s %.1f min at this rate (target for the baseline: under 10 min on 2 cores)%n",
                "1,000 replicates on " + count(threadCount, "thread"), 1000 * ensembleSeconds / ensembleRuns / 60);

        printPhases(out, phases, runs);

        out.printf(Locale.ROOT, "%n%-10s %12s %10s %7s %15s %7s%n", "population", "persons", "run time", "vs 1x",
                "peak heap used", "vs 1x");
        double baseTime = 0, baseHeap = 0;
        for (double m : multipliers) {
            Scenario s = scaled(scenario, m);
            Sample sample = measure(s);
            if (m == 1) {
                baseTime = sample.seconds;
                baseHeap = sample.peakHeapBytes;
            }
            out.printf(Locale.ROOT, "%-10s %,12d %8.2f s %7.2f %,12.0f MB %7.2f%n", format(m) + "x", s.population().persons(),
                    sample.seconds, sample.seconds / baseTime, sample.peakHeapBytes / 1048576.0, sample.peakHeapBytes / baseHeap);
        }
        return Main.OK;
    }

    /** {@code n} and the noun, plural unless n is 1: "1 thread", "2 threads". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Where the timed runs' time went, phase by phase, the largest first. */
    private static void printPhases(PrintWriter out, PhaseTimes phases, int runs) {
        out.printf(Locale.ROOT, "%n%-44s %6s %9s%n", "where a run's time goes (" + count(runs, "timed run") + ")",
                "share", "per run");
        double total = phases.totalSeconds();
        List<Phase> byTime = new ArrayList<>(List.of(Phase.values()));
        byTime.sort(Comparator.comparingDouble(phases::seconds).reversed());
        for (Phase p : byTime)
            out.printf(Locale.ROOT, "%-44s %5.0f%% %7.3f s%n", p.description(), 100 * phases.seconds(p) / total, phases.seconds(p) / runs);
    }

    /**
     * The garbage collectors in use: the collector changes the figures (see the README's Speed
     * section), so the report says which one measured them.
     */
    private static String collectors() {
        return "collectors " + String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    /** Milliseconds spent collecting garbage in this JVM so far, all collectors together. */
    private static long collectionMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    /** What is wrong with the options, or null. */
    private String problem() {
        if (quick && spec != null && (spec.commandLine().getParseResult().hasMatchedOption("--scales")
                || spec.commandLine().getParseResult().hasMatchedOption("--repeats")))
            return "--quick sets its own scale and repeats: give either --quick or --scales/--repeats";
        if (repeats < 1) return "--repeats must be at least 1, was " + repeats;
        if (threads != null && threads < 1) return "--threads must be at least 1, was " + threads;
        for (double m : scales)
            if (!(m > 0 && m <= 1000)) return "--scales must be multipliers above 0 (and at most 1000), was " + format(m);
        return null;
    }

    /** The scales to measure, 1 first (the others are compared with it). */
    private static List<Double> withOne(List<Double> scales) {
        List<Double> out = new ArrayList<>(List.of(1.0));
        for (double m : scales) if (m != 1 && !out.contains(m)) out.add(m);
        return out;
    }

    /** {@code s} with its 1990 population multiplied by {@code factor}, everything else unchanged. */
    static Scenario scaled(Scenario s, double factor) {
        PopulationSpec p = s.population();
        PopulationSpec q = new PopulationSpec((int) Math.max(1, Math.round(p.persons() * factor)), p.placeShares(),
                p.headAgeMeanYears(), p.headAgeSdYears(), p.spouseShare(), p.childrenMean(), p.elderShare(),
                p.occupationRural(), p.occupationUrban(), p.higherEducationShare(), p.primaryShareOfRest(),
                p.herdMedianHerderSheepUnits(), p.herdMedianOtherSheepUnits(), p.herdSigma(), p.cashMedianUsd(),
                p.cashSigma(), p.russianFluentShareHigher(), p.russianFluentShareOther(), p.kazakhFluentShare(),
                p.mongolianFluentShareUrban(), p.mongolianFluentShareRural(), p.lineages(), p.kinTiesPerHousehold(),
                p.marriageTiesPerHousehold());
        return new Scenario(s.name(), s.file(), s.description(), s.extendsFile(), s.changes(), s.changedKeys(),
                s.startYear(), s.endYear(), q, s.places(), s.attractiveness(), s.economy(), s.initialTerms(),
                s.parameters(), s.events(), s.resolved());
    }

    /** Household-months of a run: each year's December count of households, times 12. */
    private static double householdMonths(Runner.Result r) {
        double sum = 0;
        for (double households : r.timeseries().numbers("households")) sum += households * 12;
        return sum;
    }

    /** One run's wall time and the most heap in use while it ran. */
    private record Sample(double seconds, long peakHeapBytes) {}

    /** Runs {@code s} once (seed 1) while a monitoring thread samples the heap in use every 2 ms. */
    private static Sample measure(Scenario s) throws InterruptedException {
        System.gc();
        AtomicLong peak = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        Thread monitor = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "kosh-bench-heap");
        monitor.setDaemon(true);
        monitor.start();
        long t0 = System.nanoTime();
        Runner.run(s, 1, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        monitor.interrupt();
        monitor.join();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Sample(seconds, peak.get());
    }

    /** A multiplier as typed: 4, 0.5, 0.0001 (and "Infinity" for one too large to be a number). */
    private static String format(double m) {
        if (Double.isNaN(m) || Double.isInfinite(m)) return Double.toString(m);
        return java.math.BigDecimal.valueOf(m).stripTrailingZeros().toPlainString();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] v) { return Arrays.stream(v).min().orElse(Double.NaN); }

    private static double max(double[] v) { return Arrays.stream(v).max().orElse(Double.NaN); }
}
