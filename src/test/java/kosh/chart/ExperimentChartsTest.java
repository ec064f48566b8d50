package kosh.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ensemble, comparison and sensitivity charts, drawn from fixture folders. */
class ExperimentChartsTest {

    private static final String[][] EVENTS = {
        {"2008-03-01", "nurly-kosh-2008", "settlement_programme"},
        {"2010-01-01", "dzhut-2010", "dzhut"},
        {"2012-04-01", "suspension-2012", "suspension"},
    };

    @TempDir
    Path dir;

    private static List<Path> expected(Path folder, List<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            for (String extension : ChartFiles.EXTENSIONS) {
                files.add(folder.resolve(name + extension));
            }
        }
        return files;
    }

    @Test
    void ensembleDrawsTheFourHeadlineChartsWithBandsDataAndCaptions() throws Exception {
        ExperimentFixture.ensemble(dir, 2005, 2020, 20, EVENTS);

        List<Path> written = EnsembleCharts.drawAll(dir);

        assertEquals(List.of("flows", "stocks", "belonging", "stateless"), EnsembleCharts.NAMES);
        assertEquals(expected(dir, EnsembleCharts.NAMES), written);
        CsvTable summary = CsvTable.read(dir.resolve("summary.csv"));
        CsvTable flows = CsvTable.read(dir.resolve("flows.data.csv"));
        assertEquals(List.of("metric", "label", "year", "n", "median", "p5", "p25", "p75", "p95", "unit"),
                flows.header());
        assertEquals(2 * 16, flows.size(), "two metrics over sixteen years");
        CsvTable returnees = summary.where("metric", "returnees_persons");
        assertEquals(returnees.strings("p95"), flows.where("metric", "returnees_persons").strings("p95"));
        assertEquals(returnees.strings("median"), flows.where("metric", "returnees_persons").strings("median"));
        assertEquals(List.of("stateless", "dual_citizens"),
                CsvTable.read(dir.resolve("stateless.data.csv")).strings("metric").stream().distinct()
                        .collect(Collectors.toList()));

        String caption = Files.readString(dir.resolve("stocks.caption.txt"));
        assertTrue(caption.contains("Scenario: baseline (scenario_sha256 " + ExperimentFixture.SHA + ")"), caption);
        assertTrue(caption.contains("Replicates: 20; master seed 42"), caption);
        assertTrue(caption.contains("Replicate seeds: replicate i (from 0) uses SplitMix64"), caption);
        assertTrue(caption.contains("git commit abc1234"), caption);
        assertTrue(caption.contains("suspension-2012"), caption);
        assertTrue(caption.contains("middle 50% of replicates"), caption);
        String svg = Files.readString(dir.resolve("flows.svg"));
        assertTrue(svg.contains("scenario baseline, 20 replicates, master seed 42"), "source line");
        assertTrue(svg.contains("Middle 50%") && svg.contains("Middle 90%"), "the bands are in the legend");
        assertTrue(svg.contains("fill-opacity"), "the bands are see-through");
    }

    @Test
    void ensembleWithoutAMetricNamesSummaryAndMetricAndWritesNothing() throws Exception {
        ExperimentFixture.ensemble(dir, 2005, 2010, 5, EVENTS);
        Path summary = dir.resolve("summary.csv");
        List<String> kept = Files.readAllLines(summary, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("dual_citizens,")).collect(Collectors.toList());
        Files.write(summary, kept, StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> EnsembleCharts.drawAll(dir));

        assertTrue(e.getMessage().contains("summary.csv") && e.getMessage().contains("dual_citizens"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("flows.png")), "nothing written");
    }

    @Test
    void comparisonDrawsDifferencesAroundZeroWithBothScenariosInTheCaption() throws Exception {
        ExperimentFixture.comparison(dir, 2005, 2020, 20, EVENTS);

        List<Path> written = ComparisonCharts.drawAll(dir, ChartSize.SINGLE_COLUMN);

        assertEquals(expected(dir, ComparisonCharts.NAMES), written);
        String caption = Files.readString(dir.resolve("flows.caption.txt"));
        assertTrue(caption.contains("What-if scenario: no-2012-suspension (scenario_sha256 "
                + ExperimentFixture.WHATIF_SHA + ")"), caption);
        assertTrue(caption.contains("Baseline scenario: baseline (scenario_sha256 " + ExperimentFixture.SHA + ")"),
                caption);
        assertTrue(caption.contains("share a seed"), caption);
        assertTrue(caption.contains("the black line marks no difference"), caption);
        CsvTable data = CsvTable.read(dir.resolve("stocks.data.csv"));
        CsvTable difference = CsvTable.read(dir.resolve("difference.csv")).where("metric", "citizens_kz");
        assertEquals(difference.strings("p5"), data.where("metric", "citizens_kz").strings("p5"));
        String svg = Files.readString(dir.resolve("stocks.svg"));
        assertTrue(svg.contains("what-if no-2012-suspension minus"), "source line names the what-if");
        assertTrue(svg.contains("3.5in"), "single column");
    }

    @Test
    void sensitivityDrawsOneChartPerMethodAndOutputBesideTheCsv() throws Exception {
        Path csv = ExperimentFixture.indices(dir.resolve("sweep"));

        List<Path> written = SensitivityChart.draw(csv);

        Path folder = csv.getParent();
        assertEquals(expected(folder, List.of("sensitivity-morris-arrivals_1991_2011",
                "sensitivity-morris-returnees_2012_2030", "sensitivity-sobol-arrivals_1991_2011")), written);
        String morris = Files.readString(folder.resolve("sensitivity-morris-arrivals_1991_2011.svg"));
        for (String parameter : ExperimentFixture.PARAMETERS) {
            assertTrue(morris.contains(">" + parameter + "<"), "Morris names " + parameter);
        }
        String sobol = Files.readString(folder.resolve("sensitivity-sobol-arrivals_1991_2011.svg"));
        assertTrue(sobol.contains("First order (S1)") && sobol.contains("Total (ST)"), "Sobol legend");
        CsvTable data = CsvTable.read(folder.resolve("sensitivity-sobol-arrivals_1991_2011.data.csv"));
        assertEquals(2 * ExperimentFixture.PARAMETERS.length, data.size(), "S1 and ST of each parameter");
        assertEquals(List.of("sobol"), data.strings("method").stream().distinct().collect(Collectors.toList()));
        String caption = Files.readString(folder.resolve("sensitivity-morris-arrivals_1991_2011.caption.txt"));
        assertTrue(caption.contains("Scenario: baseline (scenario_sha256 " + ExperimentFixture.SHA + ")"), caption);
    }

    @Test
    void sensitivityRefusesAnUnknownMethodAndAMissingStatistic() throws Exception {
        Path csv = dir.resolve("indices.csv");
        Files.writeString(csv, "method,output,parameter,statistic,value,ci_low,ci_high\n"
                + "fast,y,a,S1,0.5,,\n");
        IOException e = assertThrows(IOException.class, () -> SensitivityChart.draw(csv));
        assertTrue(e.getMessage().contains("indices.csv") && e.getMessage().contains("fast"), e.getMessage());

        Files.writeString(csv, "method,output,parameter,statistic,value,ci_low,ci_high\n"
                + "morris,y,a,mu_star,0.5,,\n");
        e = assertThrows(IOException.class, () -> SensitivityChart.draw(csv));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("sigma"), e.getMessage());
    }

    @Test
    void provenanceWithoutExperimentYamlFallsBackToTheFolderName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("my-ensemble"));
        Provenance p = Provenance.ofExperiment(folder, "ensemble");
        assertEquals("my-ensemble", p.scenario());
        assertEquals("Source: kosh simulation, scenario my-ensemble", p.sourceLine());
        assertTrue(String.join("\n", p.captionLines()).contains("no run.yaml or experiment.yaml found"));
    }

    @Test
    void yamlScalarsStayTextAndUnsafeTagsAreRefused() throws Exception {
        Path yaml = dir.resolve("run.yaml");
        Files.writeString(yaml, "git_commit: 0123456\nkosh_version: 1.10\nseed: 7\n");
        Provenance p = Provenance.ofRun(dir);
        assertEquals("0123456", p.commit(), "not read as an octal number");
        assertEquals("1.10", p.version(), "not read as 1.1");

        Files.writeString(yaml, "seed: !!javax.script.ScriptEngineManager [1]\n");
        IOException e = assertThrows(IOException.class, () -> Provenance.ofRun(dir));
        assertTrue(e.getMessage().contains("run.yaml"), e.getMessage());
    }
}
