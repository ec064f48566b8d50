package kosh.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What produced the numbers of a chart, for its source line and caption: the
 * kind of output (a single run, an ensemble, a comparison, a sweep), the
 * scenario or scenarios with their SHA-256, the seed or master seed and
 * replicates, and the kosh version and commit.
 *
 * <p>Read from {@code run.yaml} (single runs) or {@code experiment.yaml}
 * (ensembles, comparisons, sweeps). A value the file lacks is empty; a run
 * folder without {@code run.yaml} falls back to its layout
 * {@code output/<scenario>/seed-<n>/}.
 *
 * @param file     the file read, or empty if there was none
 * @param kind     {@code run}, or the experiment's {@code kind} (e.g. {@code ensemble}, {@code compare})
 * @param scenario the scenario (a comparison's what-if)
 * @param baseline a comparison's baseline, else empty
 */
record Provenance(String file, String kind, String scenario, String scenarioSha256, String baseline,
                  String baselineSha256, String seed, String masterSeed, String replicates,
                  String seedRule, String version, String commit) {

    static final String RUN_YAML = "run.yaml";
    static final String EXPERIMENT_YAML = "experiment.yaml";

    /** A single run's provenance, from {@code run.yaml} in {@code runDir} or the folder names. */
    static Provenance ofRun(Path runDir) throws IOException {
        Path abs = runDir.toAbsolutePath().normalize();
        String folderSeed = abs.getFileName() == null ? "?" : abs.getFileName().toString();
        if (folderSeed.startsWith("seed-")) {
            folderSeed = folderSeed.substring("seed-".length());
        }
        String folderScenario = abs.getParent() == null || abs.getParent().getFileName() == null
                ? "?" : abs.getParent().getFileName().toString();
        Path file = runDir.resolve(RUN_YAML);
        boolean present = Files.isRegularFile(file);
        OutputYaml yaml = present ? OutputYaml.read(file) : OutputYaml.empty();
        String scenario = yaml.text("scenario")
                .or(() -> yaml.text("scenario", "name"))
                .or(() -> yaml.text("name"))
                .orElse(folderScenario);
        return new Provenance(present ? RUN_YAML : "", "run", scenario,
                yaml.text("scenario_sha256").orElse(""), "", "",
                yaml.text("seed").orElse(folderSeed), "", "", "",
                yaml.text("kosh_version").orElse(""), yaml.text("git_commit").orElse(""));
    }

    /**
     * An experiment's provenance, from {@code experiment.yaml} in {@code dir}
     * (keys {@code kind, scenario, scenario_sha256, baseline, baseline_sha256,
     * master_seed, replicates, seed_rule, kosh_version, git_commit}); without
     * the file, the folder's name stands for the scenario.
     */
    static Provenance ofExperiment(Path dir, String defaultKind) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        String folder = abs.getFileName() == null ? "?" : abs.getFileName().toString();
        Path file = dir.resolve(EXPERIMENT_YAML);
        boolean present = Files.isRegularFile(file);
        OutputYaml yaml = present ? OutputYaml.read(file) : OutputYaml.empty();
        return new Provenance(present ? EXPERIMENT_YAML : "",
                yaml.text("kind").orElse(defaultKind),
                yaml.text("scenario").or(() -> yaml.text("whatif")).or(() -> yaml.text("scenario", "name"))
                        .orElse(folder),
                yaml.text("scenario_sha256").or(() -> yaml.text("scenario_sha256", "whatif"))
                        .or(() -> yaml.text("whatif_sha256")).orElse(""),
                yaml.text("baseline").or(() -> yaml.text("baseline", "name")).orElse(""),
                yaml.text("baseline_sha256").or(() -> yaml.text("scenario_sha256", "baseline"))
                        .or(() -> yaml.text("baseline", "scenario_sha256")).orElse(""),
                yaml.text("seed").orElse(""),
                yaml.text("master_seed").orElse(""),
                yaml.text("replicates").orElse(""),
                yaml.text("seed_rule").orElse(""),
                yaml.text("kosh_version").orElse(""),
                yaml.text("git_commit").orElse(""));
    }

    boolean isComparison() {
        return !baseline.isEmpty();
    }

    private String kosh() {
        return version.isEmpty() ? "kosh" : "kosh " + version;
    }

    /**
     * The line under a chart: "Source: kosh 0.1.0 simulation, scenario baseline, seed 1";
     * for an ensemble "..., scenario baseline, 100 replicates, master seed 1"; for a
     * comparison "..., what-if X minus Y, 100 paired replicates, master seed 1".
     */
    String sourceLine() {
        StringBuilder s = new StringBuilder("Source: ").append(kosh()).append(" simulation, ");
        if (isComparison()) {
            s.append("what-if ").append(scenario).append(" minus ").append(baseline);
        } else {
            s.append("scenario ").append(scenario);
        }
        if (!replicates.isEmpty()) {
            String noun = "1".equals(replicates) ? " replicate" : " replicates";
            s.append(", ").append(replicates).append(isComparison() ? " paired" + noun : noun);
        }
        if (!masterSeed.isEmpty()) {
            s.append(", master seed ").append(masterSeed);
        }
        if (!seed.isEmpty()) {
            s.append(", seed ").append(seed);
        }
        return s.toString();
    }

    /** The provenance paragraph of a caption file, one fact per line. */
    List<String> captionLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Produced by: " + kosh() + (commit.isEmpty() ? "" : ", git commit " + commit)
                + (kind.isEmpty() ? "" : " (" + kindWords() + ")"));
        if (isComparison()) {
            lines.add("What-if scenario: " + scenario + sha(scenarioSha256));
            lines.add("Baseline scenario: " + baseline + sha(baselineSha256));
        } else {
            lines.add("Scenario: " + scenario + sha(scenarioSha256));
        }
        if (!seed.isEmpty()) {
            lines.add("Seed: " + seed);
        }
        if (!replicates.isEmpty() || !masterSeed.isEmpty()) {
            lines.add("Replicates: " + (replicates.isEmpty() ? "?" : replicates)
                    + (masterSeed.isEmpty() ? "" : "; master seed " + masterSeed)
                    + (isComparison() ? "; baseline and what-if replicate i share a seed" : ""));
        }
        if (!seedRule.isEmpty()) {
            lines.add("Replicate seeds: " + seedRule);
        }
        lines.add("Read from: " + (file.isEmpty() ? "(no run.yaml or experiment.yaml found; "
                + "scenario and seed taken from the folder names)" : file) + " beside this file");
        return lines;
    }

    private String kindWords() {
        switch (kind) {
            case "run":
                return "a single run";
            case "ensemble":
                return "an ensemble of replicates";
            case "compare":
            case "comparison":
                return "a paired comparison of what-if and baseline";
            default:
                return kind;
        }
    }

    private static String sha(String sha256) {
        return sha256.isEmpty() ? " (scenario_sha256 not recorded)" : " (scenario_sha256 " + sha256 + ")";
    }
}
