package kosh.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kosh.chart.ChartSize;
import kosh.chart.RunCharts;
import kosh.engine.Runner;
import kosh.engine.Table;
import kosh.scenario.ScenarioYaml;

/**
 * Everything one run writes: its tables as CSV, {@code run.yaml} (what produced it) and the charts
 * drawn from those CSV files.
 */
public final class RunOutput {
    private RunOutput() {}

    /** The folder a run writes to by default: {@code <out>/<scenario>/seed-<seed>}. */
    public static Path folderFor(Path out, String scenario, long seed) {
        return out.resolve(scenario).resolve("seed-" + seed);
    }

    /**
     * Writes the run into {@code target} atomically: on any failure the previous content of
     * {@code target} is left as it was.
     *
     * @return the files written, relative to {@code target}
     */
    public static List<Path> write(Runner.Result result, Path scenarioFile, Path target, boolean charts,
                                   ChartSize chartSize) throws IOException {
        try (RunFolder folder = RunFolder.stage(target)) {
            List<Path> files = new ArrayList<>();
            for (Table t : result.tables()) {
                Path f = folder.dir().resolve(t.name() + ".csv");
                CsvFiles.write(t, f);
                files.add(f.getFileName());
            }
            Path runYaml = folder.dir().resolve("run.yaml");
            AtomicFiles.write(runYaml, runYaml(result, scenarioFile).getBytes(StandardCharsets.UTF_8));
            files.add(runYaml.getFileName());
            if (charts)
                for (Path p : RunCharts.drawAll(folder.dir(), chartSize)) files.add(p.getFileName());
            String name = result.scenario().name() + "-seed-" + result.seed();
            files.add(DataPackage.write(folder.dir(), name, "kosh run of scenario " + result.scenario().name()
                    + ", seed " + result.seed()).getFileName());
            folder.commit();
            return files;
        }
    }

    static String runYaml(Runner.Result r, Path scenarioFile) {
        BuildInfo build = BuildInfo.current();
        String resolved = ScenarioYaml.dump(r.scenario().resolved());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("scenario", r.scenario().name());
        doc.put("scenario_file", scenarioFile.toString().replace('\\', '/'));
        doc.put("scenario_sha256", ScenarioYaml.sha256(resolved));
        doc.put("seed", r.seed());
        doc.put("kosh_version", build.version());
        doc.put("git_commit", build.commit());
        doc.put("start_year", r.scenario().startYear());
        doc.put("end_year", r.scenario().endYear());
        doc.put("resolved_scenario", r.scenario().resolved());
        return "# Produced by kosh. Rerun: java -jar target/kosh.jar run " + scenarioFile.toString().replace('\\', '/')
                + " --seed " + r.seed() + "\n" + ScenarioYaml.dump(doc);
    }
}
