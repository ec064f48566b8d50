package kosh.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Writes made-up ensemble and comparison folders ({@code summary.csv} or
 * {@code difference.csv}, {@code events.csv}, {@code experiment.yaml}) in the
 * layout the experiment package writes, for tests and previews.
 */
final class ExperimentFixture {

    static final String[] METRICS = {
        "emigrants_persons", "returnees_persons", "kazakhs_in_mongolia", "citizens_kz",
        "repatriates_in_kazakhstan", "belonging_mean", "stateless", "dual_citizens",
    };
    static final String SHA = "8d84c0682df19df880b44610239fad3943931e1ce3bd61e61d2e9f165ae10dfe";
    static final String WHATIF_SHA = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private ExperimentFixture() {
    }

    /** An ensemble of {@code replicates} over {@code first..last}. */
    static void ensemble(Path dir, int first, int last, int replicates, String[][] events) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.csv"), summary(first, last, replicates, false),
                StandardCharsets.UTF_8);
        writeEvents(dir, events);
        Files.writeString(dir.resolve("experiment.yaml"),
                "# Produced by kosh. Rerun: java -jar target/kosh.jar ensemble scenarios/baseline.yaml"
                        + " --replicates " + replicates + " --seed 42\n"
                        + "kind: ensemble\nscenario: baseline\nscenario_file: scenarios/baseline.yaml\n"
                        + "scenario_sha256: " + SHA + "\nmaster_seed: 42\nreplicates: " + replicates + "\n"
                        + "seed_rule: replicate i (from 0) uses SplitMix64 output i+1 of the master seed, "
                        + "sign bit cleared (kosh.experiment.Seeds)\nstart_year: " + first + "\nend_year: "
                        + last + "\nkosh_version: 0.1.0\ngit_commit: abc1234\n",
                StandardCharsets.UTF_8);
    }

    /** A comparison of the what-if {@code no-2012-suspension} with the baseline. */
    static void comparison(Path dir, int first, int last, int replicates, String[][] events) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("difference.csv"), summary(first, last, replicates, true),
                StandardCharsets.UTF_8);
        writeEvents(dir, events);
        Files.writeString(dir.resolve("experiment.yaml"),
                "# Produced by kosh.\nkind: compare\nscenario: no-2012-suspension\n"
                        + "scenario_file: scenarios/no-2012-suspension.yaml\nscenario_sha256: " + WHATIF_SHA
                        + "\nbaseline: baseline\nbaseline_file: scenarios/baseline.yaml\nbaseline_sha256: "
                        + SHA + "\nmaster_seed: 42\nreplicates: " + replicates + "\n"
                        + "seed_rule: replicate i (from 0) uses SplitMix64 output i+1 of the master seed\n"
                        + "common_random_numbers: replicate i of the baseline and of the what-if use the same seed\n"
                        + "periods:\n- 2012-2014\nyears:\n- 2030\nkosh_version: 0.1.0\ngit_commit: abc1234\n",
                StandardCharsets.UTF_8);
    }

    /** Parameters of a made-up sweep. */
    static final String[] PARAMETERS = {
        "move.base", "move.per_thousand_usd", "move.per_kin_tie", "return.base", "return.per_belonging",
        "belonging.acceptance_weight", "quota.grant_share", "dzhut.loss_share", "russian.learning_per_year",
    };

    /** An indices.csv with Morris for two outputs and Sobol for one, and an experiment.yaml beside it. */
    static Path indices(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(9);
        StringBuilder s = new StringBuilder("method,output,parameter,statistic,value,ci_low,ci_high\n");
        for (String output : new String[] {"arrivals_1991_2011", "returnees_2012_2030"}) {
            for (int i = 0; i < PARAMETERS.length; i++) {
                double mu = 2000.0 / (1 + i) + 300 * random.nextDouble();
                double sigma = mu * (0.2 + 1.2 * random.nextDouble());
                s.append(String.format(Locale.ROOT, "morris,%s,%s,mu_star,%.3f,%.3f,%.3f%n", output, PARAMETERS[i],
                        mu, mu * 0.8, mu * 1.2));
                s.append(String.format(Locale.ROOT, "morris,%s,%s,sigma,%.3f,,%n", output, PARAMETERS[i], sigma));
            }
        }
        for (int i = 0; i < PARAMETERS.length; i++) {
            double s1 = Math.max(0, 0.45 / (1 + i * i) - 0.01 + 0.02 * random.nextDouble());
            double st = s1 + 0.05 + 0.1 / (1 + i);
            s.append(String.format(Locale.ROOT, "sobol,arrivals_1991_2011,%s,S1,%.4f,%.4f,%.4f%n", PARAMETERS[i],
                    s1, s1 - 0.04, s1 + 0.04));
            s.append(String.format(Locale.ROOT, "sobol,arrivals_1991_2011,%s,ST,%.4f,%.4f,%.4f%n", PARAMETERS[i],
                    st, st - 0.05, st + 0.05));
        }
        Path csv = dir.resolve("indices.csv");
        Files.writeString(csv, s, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("experiment.yaml"), "kind: sensitivity\nscenario: baseline\n"
                + "scenario_sha256: " + SHA + "\nmaster_seed: 3\nreplicates: 4\nkosh_version: 0.1.0\n"
                + "git_commit: abc1234\n", StandardCharsets.UTF_8);
        return csv;
    }

    private static void writeEvents(Path dir, String[][] events) throws IOException {
        StringBuilder ev = new StringBuilder("date,id,type,description,parameters\n");
        for (String[] e : events) {
            ev.append(e[0]).append(',').append(e[1]).append(',').append(e[2])
              .append(",\"Made-up event ").append(e[1]).append("\",\n");
        }
        Files.writeString(dir.resolve("events.csv"), ev, StandardCharsets.UTF_8);
    }

    private static String summary(int first, int last, int replicates, boolean difference) {
        Random random = new Random(5);
        StringBuilder s = new StringBuilder("metric,year,n,mean,sd,median,p5,p25,p75,p95\n");
        for (String metric : METRICS) {
            for (int year = first; year <= last; year++) {
                double[] values = new double[replicates];
                for (int r = 0; r < replicates; r++) {
                    values[r] = value(metric, year, difference) * (1 + spread(metric) * random.nextGaussian())
                            + (difference ? spread(metric) * scale(metric) * random.nextGaussian() : 0);
                }
                Arrays.sort(values);
                double mean = Arrays.stream(values).average().orElse(0);
                double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
                        / Math.max(1, replicates - 1));
                s.append(metric).append(',').append(year).append(',').append(replicates);
                for (double v : new double[] {mean, sd, q(values, 0.5), q(values, 0.05), q(values, 0.25),
                                              q(values, 0.75), q(values, 0.95)}) {
                    s.append(',').append(String.format(Locale.ROOT, "%.6f", v));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private static double q(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double spread(String metric) {
        return metric.equals("belonging_mean") ? 0.03 : 0.12;
    }

    private static double scale(String metric) {
        return metric.equals("belonging_mean") ? 0.02 : metric.startsWith("kazakhs") ? 3000 : 300;
    }

    private static double value(String metric, int year, boolean difference) {
        double t = year - 1990;
        if (difference) {
            // The what-if keeps the quota open in 2012-2014: more arrivals then, fewer left in Mongolia.
            double open = year >= 2012 ? Math.exp(-(year - 2013) * (year - 2013) / 2.0) : 0;
            double after = year >= 2012 ? 1 - Math.exp(-(year - 2011) / 3.0) : 0;
            switch (metric) {
                case "emigrants_persons": return 2500 * open;
                case "returnees_persons": return 250 * after;
                case "kazakhs_in_mongolia": return -6000 * after;
                case "citizens_kz": return 4500 * after;
                case "repatriates_in_kazakhstan": return 1500 * open;
                case "belonging_mean": return -0.01 * after;
                case "stateless": return 40 * after;
                default: return 60 * after;
            }
        }
        switch (metric) {
            case "emigrants_persons": return year < 1991 ? 0 : year <= 1994 ? 11000 - 2000 * (year - 1991)
                    : year == 2012 ? 1500 : 3000 + 500 * Math.sin(t);
            case "returnees_persons": return year < 1993 ? 0 : year <= 1998 ? 2800 : 600;
            case "kazakhs_in_mongolia": return 123000 - Math.min(60000, 2200 * t) + 1000 * Math.max(0, t - 27);
            case "citizens_kz": return year < 1993 ? 0 : Math.min(90000, 2600 * (t - 2));
            case "repatriates_in_kazakhstan": return 9000 * Math.exp(-Math.abs(t - 4) / 6);
            case "belonging_mean": return 0.38 + 0.004 * t;
            case "stateless": return year < 1994 ? 0 : 400 * Math.exp(-Math.abs(t - 10) / 8);
            default: return year < 1992 ? 0 : 8000 * Math.exp(-Math.abs(t - 12) / 10);
        }
    }
}
