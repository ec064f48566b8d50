package kosh.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kosh.engine.Table;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The headline outcomes of a what-if: emigrants and returnees summed over periods, and the main
 * stocks and mean belonging in given years, each with the 95% paired t interval of the mean
 * difference (what-if minus baseline, replicate by replicate): {@code mean ± t(0.975, n-1) sd / sqrt(n)}.
 */
public final class Effects {
    /** Columns of {@code effects.csv}. */
    public static final List<String> COLUMNS = List.of("outcome", "unit", "baseline_mean", "whatif_mean",
            "difference_mean", "difference_ci95_low", "difference_ci95_high", "n");
    /** Flows summed over each period. */
    public static final List<String> PERIOD_METRICS = List.of("emigrants_persons", "returnees_persons");
    /** Stocks and means read at the end of each year. */
    public static final List<String> YEAR_METRICS = List.of("citizens_kz", "stateless", "dual_citizens",
            "kazakhs_in_mongolia", "belonging_mean");

    private Effects() {}

    public static List<Effect> of(YearlyEnsemble baseline, YearlyEnsemble whatif, List<Period> periods, List<Integer> years) {
        int n = baseline.size();
        if (whatif.size() != n) throw new IllegalArgumentException(whatif.size() + " what-if replicates against " + n);
        YearlyValues shape = baseline.first();
        List<Effect> out = new ArrayList<>();
        for (String metric : PERIOD_METRICS) {
            int m = index(shape, metric);
            for (Period p : periods) {
                double[] b = new double[n], w = new double[n];
                for (int i = 0; i < n; i++) {
                    b[i] = baseline.replicate(i).sum(m, p.from(), p.to());
                    w[i] = whatif.replicate(i).sum(m, p.from(), p.to());
                }
                out.add(effect(metric + "_" + p, unit(metric), b, w));
            }
        }
        for (String metric : YEAR_METRICS) {
            int m = index(shape, metric);
            for (int year : years) {
                int y = shape.yearIndex(year);
                if (y < 0) throw new IllegalArgumentException("no year " + year + " in the runs");
                out.add(effect(metric + "_" + year, unit(metric), baseline.values(m, y), whatif.values(m, y)));
            }
        }
        return out;
    }

    private static int index(YearlyValues shape, String metric) {
        int m = shape.metricIndex(metric);
        if (m < 0) throw new IllegalStateException("the timeseries has no column " + metric);
        return m;
    }

    static String unit(String metric) { return metric.equals("belonging_mean") ? "score [0,1]" : "persons"; }

    /** The effect of paired replicate values {@code baseline[i]}, {@code whatif[i]}. */
    static Effect effect(String outcome, String unit, double[] baseline, double[] whatif) {
        double[] d = new double[baseline.length];
        for (int i = 0; i < d.length; i++) d[i] = whatif[i] - baseline[i];
        double[] ci = interval95(d);
        return new Effect(outcome, unit, StatUtils.mean(baseline), StatUtils.mean(whatif), StatUtils.mean(d), ci[0], ci[1],
                d.length);
    }

    /** The 95% t interval of the mean of {@code d}; NaN ends for fewer than two values. */
    static double[] interval95(double[] d) {
        int n = d.length;
        if (n < 2) return new double[] {Double.NaN, Double.NaN};
        double mean = StatUtils.mean(d);
        double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(StatUtils.variance(d) / n);
        return new double[] {mean - halfWidth, mean + halfWidth};
    }

    /** {@link #COLUMNS}, one row per effect; the interval cells are empty when n = 1. */
    public static Table table(List<Effect> effects) {
        Table t = new Table("effects", COLUMNS);
        for (Effect e : effects)
            t.add(e.outcome(), e.unit(), e.baselineMean(), e.whatifMean(), e.differenceMean(), e.ci95Low(), e.ci95High(), e.n());
        return t;
    }

    /** A Markdown page: a title, how the numbers were made, and the table. */
    public static String markdown(String whatif, String baseline, long masterSeed, List<Effect> effects) {
        int n = effects.isEmpty() ? 0 : effects.get(0).n();
        StringBuilder s = new StringBuilder();
        s.append("# ").append(whatif).append(" against ").append(baseline).append("\n\n");
        s.append(n).append(n == 1 ? " replicate" : " replicates")
                .append(" of each scenario with the same seeds (common random numbers, master seed ").append(masterSeed)
                .append("). Difference: what-if minus baseline, replicate by replicate. ");
        if (n > 1) s.append("95% interval: paired t interval of the mean difference.\n\n");
        else s.append("With one replicate there is no interval: run more replicates for one.\n\n");
        s.append("Flows (`emigrants_persons`, `returnees_persons`) are summed over the years named; ")
                .append("stocks and `belonging_mean` are at the end of the year named.\n\n");
        s.append("| outcome | unit | baseline mean | what-if mean | difference | 95% interval | n |\n");
        s.append("|---|---|---:|---:|---:|---|---:|\n");
        for (Effect e : effects) {
            String interval = e.hasInterval()
                    ? number(e.ci95Low(), e.unit(), false) + " to " + number(e.ci95High(), e.unit(), false) : "none (n = 1)";
            s.append("| ").append(e.outcome()).append(" | ").append(e.unit()).append(" | ")
                    .append(number(e.baselineMean(), e.unit(), false)).append(" | ")
                    .append(number(e.whatifMean(), e.unit(), false)).append(" | ")
                    .append(number(e.differenceMean(), e.unit(), true)).append(" | ")
                    .append(interval).append(" | ").append(e.n()).append(" |\n");
        }
        return s.toString();
    }

    /** For people: persons to whole numbers with thousands separators, scores to four decimals; a sign if asked, but not on 0. */
    public static String number(double v, String unit, boolean signed) {
        boolean persons = unit.equals("persons");
        double shown = persons ? Math.rint(v) : Math.rint(v * 1e4) / 1e4;
        if (shown == 0) shown = 0; // no "-0"
        String f = (signed && shown != 0 ? "%+" : "%") + (persons ? ",.0f" : ".4f");
        return String.format(Locale.ROOT, f, shown);
    }
}
