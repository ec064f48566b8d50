package kosh.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the source line under each chart says about the run: kosh version,
 * scenario name and seed.
 *
 * <p>{@code run.yaml} is read line by line for three top-level keys rather than
 * with SnakeYAML: the scenario package is the project's only YAML door, and the
 * charts need no more than these three scalars. Missing values fall back to the
 * folder layout {@code output/<scenario>/seed-<n>/}.
 */
record RunInfo(String version, String scenario, String seed) {

    static RunInfo of(Path runDir) throws IOException {
        Path abs = runDir.toAbsolutePath().normalize();
        String folderSeed = abs.getFileName() == null ? "?" : abs.getFileName().toString();
        if (folderSeed.startsWith("seed-")) {
            folderSeed = folderSeed.substring("seed-".length());
        }
        String folderScenario = abs.getParent() == null || abs.getParent().getFileName() == null
                ? "?" : abs.getParent().getFileName().toString();

        Path yaml = runDir.resolve("run.yaml");
        if (!Files.isRegularFile(yaml)) {
            return new RunInfo("", folderScenario, folderSeed);
        }
        List<String> lines = Files.readAllLines(yaml, StandardCharsets.UTF_8);
        String scenario = topLevel(lines, "scenario")
                .or(() -> nested(lines, "scenario", "name"))
                .or(() -> topLevel(lines, "name"))
                .orElse(folderScenario);
        String seed = topLevel(lines, "seed").orElse(folderSeed);
        String version = topLevel(lines, "kosh_version").orElse("");
        return new RunInfo(version, scenario, seed);
    }

    /** "Source: kosh 0.1.0 simulation, scenario baseline, seed 1". */
    String sourceLine() {
        String kosh = version.isEmpty() ? "kosh" : "kosh " + version;
        return "Source: " + kosh + " simulation, scenario " + scenario + ", seed " + seed;
    }

    /** The scalar value of an unindented {@code key: value} line, if any. */
    private static Optional<String> topLevel(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key + ":")) {
                return scalar(line.substring(key.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The scalar of {@code child} in the indented block under an unindented {@code parent:}. */
    private static Optional<String> nested(List<String> lines, String parent, String child) {
        boolean inside = false;
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!indented) {
                inside = line.startsWith(parent + ":");
            } else if (inside && line.strip().startsWith(child + ":")) {
                return scalar(line.strip().substring(child.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scalar(String raw) {
        String value = raw;
        int comment = value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment);
        }
        value = value.strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() || value.equals("~") || value.equals("null")
                ? Optional.empty() : Optional.of(value);
    }
}
