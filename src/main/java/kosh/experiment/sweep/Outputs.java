package kosh.experiment.sweep;

import java.util.List;
import kosh.engine.Table;
import kosh.scenario.Experiment;

/** The outputs of interest of one run, read from its yearly table. */
final class Outputs {
    private Outputs() {}

    static double[] of(Table timeseries, List<Experiment.Output> outputs) {
        double[] years = timeseries.numbers("year");
        double[] out = new double[outputs.size()];
        for (int o = 0; o < out.length; o++) {
            Experiment.Output spec = outputs.get(o);
            double[] v = timeseries.numbers(spec.column());
            double sum = 0, last = Double.NaN;
            int n = 0;
            for (int i = 0; i < years.length; i++)
                if (years[i] >= spec.fromYear() && years[i] <= spec.toYear()) {
                    sum += v[i];
                    n++;
                    if (years[i] == spec.toYear()) last = v[i];
                }
            if (n != spec.toYear() - spec.fromYear() + 1)
                throw new IllegalStateException("the run has " + n + " of the years " + spec.fromYear() + "-" + spec.toYear());
            out[o] = switch (spec.aggregate()) {
                case SUM -> sum;
                case MEAN -> sum / n;
                case LAST -> last;
            };
        }
        return out;
    }
}
