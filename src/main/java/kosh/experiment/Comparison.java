package kosh.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kosh.chart.ChartSize;
import kosh.chart.ComparisonCharts;
import kosh.engine.Branching;
import kosh.engine.Runner;
import kosh.output.BuildInfo;
import kosh.output.DataPackage;
import kosh.output.RunFolder;
import kosh.scenario.Scenario;

/**
 * Compares what-ifs with a baseline over paired replicates: replicate {@code i} of every scenario
 * uses the same seed (common random numbers), so the difference of a pair is the what-if's effect
 * with little of the noise of two unrelated runs. The baseline is run once for all what-ifs, and a
 * what-if that changes nothing before some month resumes from the baseline's checkpoint of that
 * month ({@link Branching}) rather than rerunning the shared years. Each
 * what-if gets a folder {@code <out>/compare-<baseline>/<whatif>/}, moved into place when complete,
 * with {@code difference.csv}, {@code effects.csv}, {@code effects.md}, {@code events.csv},
 * {@code replicates.csv}, {@code experiment.yaml} and the charts drawn from them.
 */
public final class Comparison {
    /** A scenario and the file it was loaded from, as the user named it. */
    public record Input(Scenario scenario, Path file) {}

    /** Where one what-if's comparison went and its headline effects. */
    public record Outcome(String whatif, Path folder, List<Effect> effects) {}

    private static final int DEFAULT_YEAR = 2020;
    /** The shortest shared history worth branching from (ten years). */
    static final long WORTHWHILE_SHARED_MONTHS = 120;

    private Comparison() {}

    /** {@code <out>/compare-<baseline>/<whatif>}. */
    public static Path folderFor(Path out, String baseline, String whatif) {
        return out.resolve("compare-" + baseline).resolve(whatif);
    }

    /** 1991-2011, 2012-2014 and 2015 to the last year, each cut to the simulated years (empty ones left out). */
    public static List<Period> defaultPeriods(int firstYear, int lastYear) {
        List<Period> out = new ArrayList<>();
        for (int[] p : new int[][] {{1991, 2011}, {2012, 2014}, {2015, lastYear}}) {
            int from = Math.max(p[0], firstYear), to = Math.min(p[1], lastYear);
            if (from <= to) out.add(new Period(from, to));
        }
        return out;
    }

    /** 2020, or the last simulated year if the runs end earlier. */
    public static int defaultYear(int lastYear) { return Math.min(DEFAULT_YEAR, lastYear); }

    /**
     * Checks that the scenarios can be paired and that periods and years lie within their years.
     *
     * @throws IllegalArgumentException with one line for the user
     */
    public static void check(Input baseline, List<Input> whatifs, List<Period> periods, List<Integer> years) {
        Scenario b = baseline.scenario();
        if (whatifs.isEmpty()) throw new IllegalArgumentException("compare needs at least one what-if after the baseline");
        Set<String> names = new HashSet<>();
        for (Input w : whatifs) {
            Scenario s = w.scenario();
            if (!names.add(s.name()))
                throw new IllegalArgumentException("two what-ifs are named '" + s.name()
                        + "'; each needs its own file name (it names the output folder)");
            if (s.startYear() != b.startYear() || s.endYear() != b.endYear())
                throw new IllegalArgumentException("'" + s.name() + "' simulates " + s.startYear() + "-" + s.endYear() + " but '"
                        + b.name() + "' " + b.startYear() + "-" + b.endYear()
                        + "; paired runs need the same years (set end_year)");
        }
        for (Period p : periods)
            if (!p.within(b.startYear(), b.endYear()))
                throw new IllegalArgumentException("the period " + p + " is outside the simulated years " + b.startYear() + "-"
                        + b.endYear());
        for (int y : years)
            if (y < b.startYear() || y > b.endYear())
                throw new IllegalArgumentException("the year " + y + " is outside the simulated years " + b.startYear() + "-"
                        + b.endYear());
    }

    /**
     * Runs the baseline and every what-if {@code replicates} times and writes one folder per what-if.
     *
     * <p>Resumable: each replicate's yearly numbers, of every scenario, are kept exactly in a folder
     * renamed into place once complete, under {@link #unfinishedFolder}, until every what-if's folder
     * is written. After an interruption, a call with {@code resume} runs only the missing replicates
     * and writes the same files as an uninterrupted comparison.
     *
     * @param charts   whether to draw the charts of each difference ({@link ComparisonCharts})
     * @param chartSize the page size they are drawn for
     * @param branch   whether a what-if that shares the baseline's first months resumes from the baseline's
     *                 checkpoint instead of rerunning them (same results, less time)
     * @param resume   go on from what an interrupted comparison of the same scenarios, seed and build kept
     * @param listener told what is resumed and the replicates (each one run of every scenario) done after each (may be null)
     * @throws IOException if a folder cannot be written; what was there before is then unchanged, and the
     *                     replicates finished are kept for {@code resume}
     * @throws RunFolder.Unfinished if an unfinished comparison is in the way (without {@code resume}) or is another one
     */
    public static List<Outcome> run(Input baseline, List<Input> whatifs, long masterSeed, int replicates, int threads,
                                    List<Period> periods, List<Integer> years, Path out, boolean charts, ChartSize chartSize, boolean branch,
                                    boolean resume, ResumeListener listener)
            throws IOException, InterruptedException, RunFolder.Unfinished {
        if (replicates < 1) throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
        check(baseline, whatifs, periods, years);
        List<Input> all = new ArrayList<>();
        all.add(baseline);
        all.addAll(whatifs);
        List<RunFolder> folders = new ArrayList<>();
        Path workTarget = workTarget(out, baseline.scenario().name(), whatifs.stream().map(w -> w.scenario().name()).toList(),
                masterSeed, replicates);
        try (RunFolder work = RunFolder.resumable(workTarget, identity(all, masterSeed, replicates), "replicates", resume, "comparison",
                "--resume")) {
            // Staged first, so that an output folder that cannot be written fails before hours of runs.
            for (Input w : whatifs) folders.add(RunFolder.stage(folderFor(out, baseline.scenario().name(), w.scenario().name())));
            FinishedReplicates<List<YearlyValues>> before = new FinishedReplicates<>(work.dir().resolve("replicates"), masterSeed,
                    replicates, rd -> finished(rd, all), "comparison", listener);
            YearlyEnsemble[] series = new YearlyEnsemble[all.size()];
            for (int s = 0; s < series.length; s++) series[s] = new YearlyEnsemble();
            long[] shared = sharedMonths(all, branch);
            List<Outcome> outcomes = new ArrayList<>();
            Replicates.run(replicates, threads, i -> before.finished(i) ? null : replicate(all, shared, Seeds.replicate(masterSeed, i)), (i, result) -> {
                Path rd = before.folder(i);
                List<YearlyValues> values = result;
                if (values == null) {
                    values = before.take(i);
                } else {
                    List<YearlyValues> v = values;
                    RunFolder.writeFolder(rd, d -> {
                        for (int s = 0; s < all.size(); s++)
                            ExperimentFiles.writeText(d.resolve(recordName(s, all)), v.get(s).exactCsv());
                    });
                    before.ranOne();
                }
                for (int s = 0; s < series.length; s++) series[s].add(values.get(s));
                if (i == replicates - 1) {
                    for (int s = 1; s < series.length; s++) {
                        RunFolder f = folders.get(s - 1);
                        List<Effect> effects = write(baseline, series[0], all.get(s), series[s], masterSeed, periods, years,
                                shared[s], f.dir());
                        if (charts) ComparisonCharts.drawAll(f.dir(), chartSize);
                        DataPackage.write(f.dir(), "compare-" + baseline.scenario().name() + "-" + all.get(s).scenario().name(),
                                "kosh comparison of " + all.get(s).scenario().name() + " with " + baseline.scenario().name());
                        outcomes.add(new Outcome(all.get(s).scenario().name(), f.target(), effects));
                    }
                    // Every what-if's folder written before any replaces its earlier output: a failure while
                    // writing (a full disk, a chart) leaves all of them as they were.
                    for (RunFolder f : folders) f.commit();
                }
            });
            work.delete();
            return outcomes;
        } finally {
            for (RunFolder f : folders) f.close();
        }
    }

    /**
     * Where a comparison of these scenarios, seed and replicates keeps its finished replicates until it
     * is complete: {@code <out>/compare-<baseline>/.<whatif>+<whatif>...-s<S>-n<N>.unfinished}.
     */
    public static Path unfinishedFolder(Path out, String baseline, List<String> whatifs, long masterSeed, int replicates) {
        return RunFolder.unfinishedFolder(workTarget(out, baseline, whatifs, masterSeed, replicates));
    }

    /** The name the unfinished folder is derived from (no folder of this name is made). */
    private static Path workTarget(Path out, String baseline, List<String> whatifs, long masterSeed, int replicates) {
        return out.resolve("compare-" + baseline).resolve(String.join("+", whatifs) + "-s" + masterSeed + "-n" + replicates);
    }

    /** What the replicates of an unfinished comparison depend on: its scenarios, seeds and the build. */
    private static String identity(List<Input> all, long masterSeed, int replicates) {
        StringBuilder s = new StringBuilder("kosh compare;");
        for (Input in : all) s.append(' ').append(in.scenario().name()).append(' ').append(ExperimentFiles.sha256(in.scenario())).append(';');
        return s.append(" master seed ").append(masterSeed).append("; replicates ").append(replicates).append("; ")
                .append(BuildInfo.current().label()).toString();
    }

    /** The file of scenario {@code s}'s numbers in a replicate's folder: numbered, as a what-if may share the baseline's name. */
    private static String recordName(int s, List<Input> all) { return s + "-" + all.get(s).scenario().name() + ".csv"; }

    /** The numbers of every scenario of a replicate an interrupted attempt finished. */
    private static List<YearlyValues> finished(Path replicate, List<Input> all) throws IOException {
        List<YearlyValues> out = new ArrayList<>();
        for (int s = 0; s < all.size(); s++)
            out.add(YearlyValues.parseExact(Files.readString(replicate.resolve(recordName(s, all)), StandardCharsets.UTF_8)));
        return out;
    }

    /**
     * For each scenario (the baseline first), the months its runs take over from the baseline's
     * checkpoint; 0 means it runs from the start. Writing and reading a checkpoint cost about as
     * much as simulating seven years (0.5-0.7 s against 3.3 s for 41 years, measured in 2026), so
     * a what-if that shares less than {@link #WORTHWHILE_SHARED_MONTHS} runs whole.
     */
    private static long[] sharedMonths(List<Input> all, boolean branch) {
        long[] shared = new long[all.size()];
        if (branch)
            for (int s = 1; s < shared.length; s++) {
                long m = Branching.sharedMonths(all.get(0).scenario(), all.get(s).scenario());
                shared[s] = m >= WORTHWHILE_SHARED_MONTHS ? m : 0;
            }
        return shared;
    }

    /**
     * One replicate of every scenario with the same seed: the baseline from the start and each
     * what-if either whole or resumed from the baseline's checkpoint where the two part. A what-if
     * runs as soon as its checkpoint is taken, so only one checkpoint is held at a time.
     */
    private static List<YearlyValues> replicate(List<Input> all, long[] shared, long seed) {
        YearlyValues[] out = new YearlyValues[all.size()];
        List<Long> at = new ArrayList<>();
        for (long m : shared) if (m > 0) at.add(m);
        Runner.Result base = Runner.run(all.get(0).scenario(), seed, at, (months, checkpoint) -> {
            for (int s = 1; s < all.size(); s++)
                if (shared[s] == months) out[s] = YearlyValues.of(Runner.resume(checkpoint, all.get(s).scenario(), null).timeseries());
        });
        out[0] = YearlyValues.of(base.timeseries());
        for (int s = 1; s < all.size(); s++)
            if (shared[s] == 0) out[s] = YearlyValues.of(Runner.run(all.get(s).scenario(), seed, null).timeseries());
        return List.of(out);
    }

    private static String options(List<Period> periods, List<Integer> years) {
        StringBuilder s = new StringBuilder();
        for (Period p : periods) s.append(" --period ").append(p);
        for (int y : years) s.append(" --year ").append(y);
        return s.toString();
    }

    private static List<Effect> write(Input baseline, YearlyEnsemble baseSeries, Input whatif, YearlyEnsemble whatifSeries,
                                      long masterSeed, List<Period> periods, List<Integer> years, long sharedMonths, Path dir)
            throws IOException {
        int n = baseSeries.size();
        ExperimentFiles.writeCsv(whatifSeries.minus(baseSeries).summary("difference"), dir);
        List<Effect> effects = Effects.of(baseSeries, whatifSeries, periods, years);
        ExperimentFiles.writeCsv(Effects.table(effects), dir);
        ExperimentFiles.writeText(dir.resolve("effects.md"),
                Effects.markdown(whatif.scenario().name(), baseline.scenario().name(), masterSeed, effects));
        ExperimentFiles.writeCsv(ExperimentFiles.events(whatif.scenario()), dir);
        ExperimentFiles.writeCsv(ExperimentFiles.replicates(masterSeed, n), dir);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "compare");
        doc.put("scenario", whatif.scenario().name());
        doc.put("scenario_file", ExperimentFiles.path(whatif.file()));
        doc.put("scenario_sha256", ExperimentFiles.sha256(whatif.scenario()));
        doc.put("baseline", baseline.scenario().name());
        doc.put("baseline_file", ExperimentFiles.path(baseline.file()));
        doc.put("baseline_sha256", ExperimentFiles.sha256(baseline.scenario()));
        doc.put("master_seed", masterSeed);
        doc.put("replicates", n);
        doc.put("seed_rule", ExperimentFiles.SEED_RULE);
        doc.put("common_random_numbers", "replicate i of the baseline and of the what-if use the same seed");
        doc.put("difference", "what-if minus baseline, replicate by replicate");
        doc.put("branched_from_baseline", sharedMonths == 0 ? "no: every replicate ran from the start"
                : "each replicate resumed from the baseline's checkpoint after " + sharedMonths + " months, at "
                + YearMonth.of(baseline.scenario().startYear(), 1).plusMonths(sharedMonths)
                + " (the two scenarios are the same until then)");
        doc.put("periods", periods.stream().map(Period::toString).toList());
        doc.put("years", List.copyOf(years));
        doc.put("start_year", baseline.scenario().startYear());
        doc.put("end_year", baseline.scenario().endYear());
        ExperimentFiles.putBuild(doc);
        ExperimentFiles.writeYaml(dir.resolve("experiment.yaml"), "Produced by kosh. Rerun: java -jar target/kosh.jar compare "
                + ExperimentFiles.path(baseline.file()) + " " + ExperimentFiles.path(whatif.file()) + " --replicates " + n
                + " --seed " + masterSeed + options(periods, years), doc);
        return effects;
    }
}
