package kosh.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kosh.engine.Table;
import kosh.output.AtomicFiles;
import kosh.output.BuildInfo;
import kosh.output.CsvFiles;
import kosh.scenario.Experiment;
import kosh.scenario.ScenarioYaml;

/** The final files of a sweep, written from the journal's entries in point and replicate order. */
final class SweepFiles {
    static final String INDICES = "indices.csv";
    static final List<String> INDEX_COLUMNS = List.of("method", "output", "parameter", "statistic", "value", "ci_low", "ci_high");

    /** The files a sweep writes besides its charts (whose names begin with {@code sensitivity-}). */
    static final String RESULTS = "results.csv";
    private static final Set<String> OUTPUTS = Set.of("design.csv", RESULTS, INDICES, "experiment.yaml", "datapackage.json");

    private SweepFiles() {}

    /**
     * Deletes what an earlier sweep of the same name left in {@code folder} (its design may have been
     * another, with indices and charts this one does not make); the journal and any other file stay.
     */
    static void deleteEarlierOutput(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (OUTPUTS.contains(name) || name.startsWith("sensitivity-")) Files.deleteIfExists(p);
            }
        }
    }

    /** @return the files written, relative to {@code folder} */
    static List<Path> write(Path folder, Plan plan, List<Journal.Entry> entries, String scenarioSha256) throws IOException {
        Experiment e = plan.experiment();
        List<Journal.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Journal.Entry::point).thenComparingInt(Journal.Entry::replicate));
        List<String> keys = e.parameters().stream().map(Experiment.Parameter::key).toList();
        List<Path> files = new ArrayList<>();

        List<String> columns = new ArrayList<>(List.of("point"));
        columns.addAll(keys);
        Table design = new Table("design", columns);
        for (int p = 0; p < plan.points(); p++) design.add(row(List.of(p), plan.values(p), new double[0]));
        files.add(csv(design, folder));

        columns = new ArrayList<>(List.of("point", "replicate", "seed"));
        columns.addAll(keys);
        for (Experiment.Output o : e.outputs()) columns.add(o.name());
        Table results = new Table("results", columns);
        for (Journal.Entry x : sorted) results.add(row(List.of(x.point(), x.replicate(), x.seed()), plan.values(x.point()), x.outputs()));
        files.add(csv(results, folder));

        if (e.design().method() == Experiment.Method.MORRIS || e.design().method() == Experiment.Method.SOBOL) {
            Table indices = new Table("indices", INDEX_COLUMNS);
            for (int o = 0; o < e.outputs().size(); o++) {
                double[] mean = new double[plan.points()];
                for (Journal.Entry x : sorted) mean[x.point()] += x.outputs()[o];
                for (int p = 0; p < mean.length; p++) mean[p] /= plan.replicates();
                for (Index i : plan.indices(o, mean))
                    indices.add(e.design().method().key(), e.outputs().get(o).name(), keys.get(i.parameter()), i.statistic(),
                            i.value(), i.ciLow(), i.ciHigh());
            }
            files.add(csv(indices, folder));
        }

        Path yaml = folder.resolve("experiment.yaml");
        AtomicFiles.write(yaml, experimentYaml(plan, scenarioSha256, files).getBytes(StandardCharsets.UTF_8));
        files.add(yaml.getFileName());
        return files;
    }

    private static Object[] row(List<Object> head, double[] values, double[] outputs) {
        List<Object> r = new ArrayList<>(head);
        for (double v : values) r.add(v);
        for (double v : outputs) r.add(v);
        return r.toArray();
    }

    private static Path csv(Table t, Path folder) throws IOException {
        Path f = folder.resolve(t.name() + ".csv");
        CsvFiles.write(t, f);
        return f.getFileName();
    }

    static String experimentYaml(Plan plan, String scenarioSha256, List<Path> files) {
        Experiment e = plan.experiment();
        BuildInfo b = BuildInfo.current();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "sweep");
        doc.put("experiment", e.name());
        doc.put("experiment_file", path(e.file()));
        doc.put("experiment_sha256", ScenarioYaml.sha256(ScenarioYaml.dump(e.resolved())));
        doc.put("scenario", e.scenario().name());
        doc.put("scenario_sha256", scenarioSha256);
        doc.put("design", e.design().method().key());
        doc.put("design_points", plan.points());
        doc.put("point_order", plan.order());
        doc.put("replicates", plan.replicates());
        doc.put("runs", plan.runs());
        doc.put("master_seed", e.design().seed());
        doc.put("seed_rule", Plan.SEED_RULE);
        if (e.design().bootstrap() > 0)
            doc.put("intervals", "95% bootstrap percentile intervals, " + e.design().bootstrap() + " resamples of "
                    + (e.design().method() == Experiment.Method.MORRIS ? "trajectories" : "the rows of A and B"));
        if (files.contains(Path.of(INDICES)))
            doc.put("indices_from", "each output averaged over the replicates of each point");
        doc.put("files", files.stream().map(p -> p.toString()).toList());
        doc.put("resolved_experiment", e.resolved());
        doc.put("kosh_version", b.version());
        doc.put("git_commit", b.commit());
        return "# Produced by kosh. Rerun: java -jar target/kosh.jar sweep " + path(e.file()) + "\n" + ScenarioYaml.dump(doc);
    }

    private static String path(Path p) { return p.toString().replace('\\', '/'); }
}
