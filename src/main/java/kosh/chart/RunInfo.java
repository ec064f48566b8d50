package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the source line under a run's chart says: kosh version, scenario name
 * and seed, read from {@code run.yaml} (see {@link Provenance#ofRun}).
 */
record RunInfo(String version, String scenario, String seed) {

    static RunInfo of(Path runDir) throws IOException {
        Provenance p = Provenance.ofRun(runDir);
        return new RunInfo(p.version(), p.scenario(), p.seed());
    }

    /** "Source: kosh 0.1.0 simulation, scenario baseline, seed 1". */
    String sourceLine() {
        String kosh = version.isEmpty() ? "kosh" : "kosh " + version;
        return "Source: " + kosh + " simulation, scenario " + scenario + ", seed " + seed;
    }
}
