package kosh.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit and meaning of every column kosh writes, for {@code datapackage.json}
 * and anyone reading the CSV files: the tables of a run (output/README.md), of
 * ensembles and comparisons, and the {@code <chart>.data.csv} files beside the
 * charts. A column whose meaning differs by file is also listed under
 * {@code file:column}, which wins over the plain name.
 */
public final class Columns {

    /**
     * What a column holds.
     *
     * @param unit        e.g. {@code persons/year}; empty if the column has none (names, dates, codes)
     * @param description one line
     * @param type        its Frictionless type when that must not be guessed from the values (seeds are
     *                    text: as numbers, R and spreadsheets round them), else empty
     */
    public record Column(String unit, String description, String type) {
        public Column {
            if (unit == null || description == null || description.isBlank() || type == null) {
                throw new IllegalArgumentException("a column needs a unit (may be empty), a description and a type (may be empty)");
            }
        }

        /** A column whose type is guessed from its values. */
        public Column(String unit, String description) { this(unit, description, ""); }
    }

    private static final Map<String, Column> COLUMNS = new LinkedHashMap<>();
    private static final Pattern SETTLED = Pattern.compile("settled_([a-z_]+)_persons");

    private static void put(String name, String unit, String description) { put(name, unit, description, ""); }

    private static void put(String name, String unit, String description, String type) {
        if (COLUMNS.put(name, new Column(unit, description, type)) != null) {
            throw new IllegalStateException("column listed twice: " + name);
        }
    }

    /**
     * A statistic over replicates: its unit is that of the row's metric, so the column has none of its
     * own. A number even where every cell is empty (a standard deviation of one replicate).
     */
    private static void statistic(String name, String what) {
        put(name, "", what + " over replicates, in the unit of the row's metric", "number");
    }

    /** A flow of timeseries.csv that monthly.csv gives per month. */
    private static void flow(String name, String unit, String description) {
        put(name, unit + "/year", description);
        put("monthly.csv:" + name, unit + "/month", description);
    }

    static {
        // timeseries.csv and monthly.csv
        put("year", "calendar year", "calendar year");
        put("month", "month", "month of the year, 1 = January");
        flow("emigrants_households", "households", "households that crossed from Mongolia to Kazakhstan");
        flow("emigrants_persons", "persons", "persons who crossed from Mongolia to Kazakhstan");
        flow("emigrants_quota_persons", "persons", "persons entering Kazakhstan inside the annual quota");
        flow("emigrants_nonquota_persons", "persons", "persons entering Kazakhstan outside the quota");
        flow("emigrants_contract_persons", "persons",
                "persons entering Kazakhstan on a five-year work contract (before 1997)");
        put("returnees_households", "households/year", "households that went back to Mongolia");
        flow("returnees_persons", "persons", "persons who went back to Mongolia");
        flow("naturalisations_persons", "persons", "repatriates who became Kazakhstani citizens");
        flow("restored_mn_citizenship_persons", "persons", "returnees who regained Mongolian citizenship");
        put("phantom_registrations_persons", "persons/year",
                "persons registered for quota benefits who never crossed");
        put("kazakhs_in_mongolia", "persons", "Kazakhs living in Mongolia (any legal state), at the end of the period");
        put("preparing_persons", "persons", "persons in Mongolia preparing documents to leave");
        put("preparing_households", "households", "households in Mongolia preparing documents to leave");
        put("repatriates_in_kazakhstan", "persons", "persons in Kazakhstan as registered repatriates, not yet citizens");
        put("citizens_kz", "persons", "persons in Kazakhstan as naturalised citizens");
        put("in_kazakhstan_persons", "persons", "persons from Mongolia living in Kazakhstan");
        put("returned_persons", "persons", "persons back in Mongolia after a stay in Kazakhstan");
        put("stateless", "persons",
                "persons back in Mongolia with Kazakhstani citizenship renounced and Mongolian not yet regained");
        put("dual_citizens", "persons", "persons holding both passports (illicitly unless a scenario allows it)");
        put("quota_places_households", "households/year", "quota places open to households from Mongolia");
        put("quota_used_households", "households/year", "households registered on a quota place (phantom registrations"
                + " included); a place granted late in a year is registered in the next, so this can exceed that year's places");
        put("benefits_paid_usd", "USD/year", "benefits paid on arrival by every route (quota, non-quota, contract), regional"
                + " bonuses and phantom registrations included");
        put("dzhut_livestock_loss_share", "share [0,1]", "share of the livestock of households in Mongolia lost in that winter");
        put("livestock_sheep_units", "sheep units", "herds of Kazakh households in Mongolia at the end of the year");
        put("belonging_mean", "score [0,1]", "mean belonging of households in Kazakhstan");
        put("belonging_sd", "score [0,1]", "standard deviation of belonging of households in Kazakhstan");
        put("births", "persons/year", "births, both countries");
        put("deaths", "persons/year", "deaths, both countries");
        put("new_households", "households/year", "households founded at marriage");
        put("households", "households", "households of the population, at the end of the year");
        // belonging.csv
        put("group_type", "", "how households are grouped: all, age_band, education, russian_fluency, settlement");
        put("group", "", "the group within group_type, e.g. under_30, higher, fluent, new_district");
        put("belonging.csv:households", "households", "households of the group living in Kazakhstan");
        put("persons", "persons", "persons in those households");
        put("ethnic_mean", "score [0,1]", "mean ethnic part of belonging");
        put("linguistic_mean", "score [0,1]", "mean linguistic part of belonging");
        put("soviet_past_mean", "score [0,1]", "mean Soviet-past part of belonging");
        put("lifestyle_mean", "score [0,1]", "mean lifestyle part of belonging");
        put("acceptance_mean", "score [0,1]", "mean acceptance part of belonging");
        // transitions.csv
        put("from", "", "legal state before the change");
        put("to", "", "legal state after the change");
        put("transitions.csv:households", "households/year", "households that changed legal state that year");
        put("transitions.csv:persons", "persons/year", "persons in those households");
        // events.csv
        put("date", "ISO date", "day the event takes effect, yyyy-mm-dd");
        put("id", "", "the event's id in the scenario");
        put("type", "", "the event's type, e.g. quota_size, suspension, dzhut");
        put("description", "", "what the event was");
        put("parameters", "", "the event's parameters as key=value unit; ...");
        // summary.csv, difference.csv and the charts' data of ensembles and comparisons
        put("metric", "", "the yearly column of timeseries.csv summarised");
        put("n", "replicates", "number of replicates (or replicate pairs) summarised");
        statistic("mean", "mean");
        statistic("sd", "standard deviation");
        statistic("median", "median");
        statistic("p5", "5th percentile");
        statistic("p25", "25th percentile");
        statistic("p75", "75th percentile");
        statistic("p95", "95th percentile");
        put("replicate", "", "replicate number, from 0");
        put("seed", "", "the replicate's seed, for kosh run --seed", "string");
        // effects.csv of comparisons (their unit column gives each row's unit)
        put("outcome", "", "the headline outcome: a metric of timeseries.csv, summed over a period or taken in a year");
        statistic("baseline_mean", "the baseline's mean");
        statistic("whatif_mean", "the what-if's mean");
        statistic("difference_mean", "mean of the paired differences (what-if minus baseline)");
        put("difference_ci95_low", "", "lower end of the paired 95% t interval of the mean difference, in the row's unit"
                + " (empty for one replicate)", "number");
        put("difference_ci95_high", "", "upper end of the paired 95% t interval of the mean difference, in the row's unit"
                + " (empty for one replicate)", "number");
        // the charts' <chart>.data.csv
        put("series", "", "the column of the source table plotted");
        put("label", "", "the series' name in the chart's legend");
        put("value", "", "the value plotted, in the unit given in the row's unit column");
        put("unit", "", "unit of the row's value");
        // indices.csv of sensitivity analyses
        put("method", "", "sensitivity method: morris or sobol");
        put("output", "", "the model output analysed");
        put("parameter", "", "the scenario parameter varied");
        put("statistic", "", "mu_star, sigma (Morris) or S1, ST (Sobol)");
        put("ci_low", "", "lower end of the statistic's confidence interval");
        put("ci_high", "", "upper end of the statistic's confidence interval");
    }

    private Columns() {
    }

    /** The unit and meaning of {@code column} in any file, if known. */
    public static Optional<Column> of(String column) {
        Column known = COLUMNS.get(column);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher settled = SETTLED.matcher(column);
        if (settled.matches()) {
            return Optional.of(new Column("persons/year",
                    "arrivals in Kazakhstan settling in region type " + settled.group(1)));
        }
        return Optional.empty();
    }

    /**
     * The unit and meaning of {@code column} in the file named {@code fileName}:
     * the file's own entry if there is one, else the column's.
     */
    public static Optional<Column> of(String fileName, String column) {
        Column own = COLUMNS.get(fileName + ":" + column);
        return own != null ? Optional.of(own) : of(column);
    }

    /** Every entry, plain names and {@code file:column} alike, in a fixed order. */
    public static Map<String, Column> all() {
        return java.util.Collections.unmodifiableMap(COLUMNS);
    }
}
