package kosh.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a made-up but plausible run folder (timeseries.csv, belonging.csv,
 * events.csv, run.yaml) with the columns of output/README.md, for tests and
 * for previewing the charts. Numbers follow the shape of the story, not the model.
 */
final class RunFixture {

    static final String[] TIMESERIES_COLUMNS = {
        "year", "emigrants_households", "emigrants_persons", "emigrants_quota_persons",
        "emigrants_nonquota_persons", "emigrants_contract_persons", "returnees_households",
        "returnees_persons", "naturalisations_persons", "restored_mn_citizenship_persons",
        "phantom_registrations_persons", "kazakhs_in_mongolia", "preparing_persons",
        "repatriates_in_kazakhstan", "citizens_kz", "returned_persons", "stateless", "dual_citizens",
        "quota_places_households", "quota_used_households", "benefits_paid_usd",
        "dzhut_livestock_loss_share", "livestock_sheep_units", "belonging_mean", "belonging_sd",
        "births", "deaths", "new_households", "settled_big_cities_persons", "settled_south_persons",
        "settled_north_persons", "settled_central_persons", "settled_west_persons",
    };

    static final String[] BELONGING_COLUMNS = {
        "year", "group_type", "group", "households", "persons", "belonging_mean", "belonging_sd",
        "ethnic_mean", "linguistic_mean", "soviet_past_mean", "lifestyle_mean", "acceptance_mean",
    };

    /** The policy timeline of MODEL.md and four dzhut winters: date, id, type. */
    static final String[][] FULL_EVENTS = {
        {"1991-01-01", "programme-1991", "programme"},
        {"1992-06-01", "quota-1992", "quota"},
        {"1997-05-01", "law-1997", "law"},
        {"2000-01-01", "dzhut-2000", "dzhut"},
        {"2001-01-01", "dzhut-2001", "dzhut"},
        {"2005-01-01", "lump-sum-2005", "benefits"},
        {"2007-01-01", "benefits-2007", "benefits"},
        {"2008-03-01", "nurly-kosh-2008", "settlement"},
        {"2010-01-01", "dzhut-2010", "dzhut"},
        {"2011-07-01", "law-2011", "law"},
        {"2011-12-01", "zhanaozen-2011", "press"},
        {"2012-04-01", "suspension-2012", "suspension"},
        {"2013-08-01", "resumption-2013", "quota"},
        {"2014-01-01", "reinstatement-2014", "quota"},
        {"2017-01-01", "dzhut-2017", "dzhut"},
    };

    /** The scenario hash the fixture's run.yaml gives. */
    static final String SHA256 = "8d84c0682df19df880b44610239fad3943931e1ce3bd61e61d2e9f165ae10dfe";

    private RunFixture() {
    }

    /** Writes a run of the years {@code first..last} with the given events into {@code dir}. */
    static void write(Path dir, int first, int last, String[][] events) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(1);
        List<String> dzhutYears = new ArrayList<>();
        for (String[] e : events) {
            if (e[2].equals("dzhut")) {
                dzhutYears.add(e[0].substring(0, 4));
            }
        }

        StringBuilder ts = new StringBuilder(String.join(",", TIMESERIES_COLUMNS)).append('\n');
        double inMongolia = 123_000;
        double repatriates = 0;
        double citizens = 0;
        double returned = 0;
        double stateless = 0;
        double herds = 1_900_000;
        for (int year = first; year <= last; year++) {
            double wave = year <= 1994 ? 9000 * Math.exp(-0.5 * Math.pow(year - 1992, 2) / 1.2)
                    : year < 2005 ? 1200 : year <= 2011 ? 3200 : year == 2012 ? 500 : year == 2013 ? 1200 : 2200;
            double quotaPersons = year < 1992 ? 0 : wave * (0.8 + 0.2 * random.nextDouble());
            double contract = year >= 1991 && year < 1997 ? 3200 - 400 * (year - 1991) : 0;
            double nonquota = year < 1991 ? 0 : 900 + 700 * random.nextDouble() + (year == 2012 ? 600 : 0);
            double emigrants = quotaPersons + contract + nonquota;
            double returnees = year < 1993 ? 0 : year <= 1998 ? 2500 + 800 * random.nextDouble()
                    : 350 + 300 * random.nextDouble();
            double naturalised = Math.min(repatriates * (year < 2005 ? 0.08 : 0.3), repatriates);
            repatriates += emigrants - naturalised - returnees * 0.4;
            citizens += naturalised - returnees * 0.6;
            returned += returnees;
            stateless = Math.max(0, stateless + returnees * 0.2 - stateless * 0.15);
            inMongolia = inMongolia * 1.018 - emigrants + returnees;
            boolean dzhut = dzhutYears.contains(Integer.toString(year));
            double loss = dzhut ? 0.18 + 0.2 * random.nextDouble() : 0.01 * random.nextDouble();
            herds = herds * (1 - loss) * 1.06;
            double places = year < 1992 ? 0 : year == 2012 ? 0 : year == 2013 ? 300
                    : year < 1997 ? 2500 : year < 2005 ? 600 : 1100;
            double used = Math.min(places, quotaPersons / 5.5);
            double benefits = used * (year < 2005 ? 2500 : 4250);
            double settledTotal = emigrants;
            Object[] row = {
                year, Math.round(emigrants / 5.5), Math.round(emigrants), Math.round(quotaPersons),
                Math.round(nonquota), Math.round(contract), Math.round(returnees / 5), Math.round(returnees),
                Math.round(naturalised), Math.round(returnees * 0.1), Math.round(quotaPersons * 0.05),
                Math.round(inMongolia), Math.round(emigrants * 0.3), Math.round(repatriates),
                Math.round(citizens), Math.round(returned), Math.round(stateless),
                Math.round(2000 + (year - first) * 150.0), Math.round(places), Math.round(used),
                Math.round(benefits), fmt(loss), Math.round(herds),
                fmt(0.35 + 0.006 * (year - first)), fmt(0.12), Math.round(inMongolia * 0.025),
                Math.round(inMongolia * 0.007), Math.round(inMongolia * 0.006),
                Math.round(settledTotal * 0.15), Math.round(settledTotal * 0.4),
                Math.round(settledTotal * 0.25), Math.round(settledTotal * 0.1), Math.round(settledTotal * 0.1),
            };
            ts.append(join(row)).append('\n');
        }
        Files.writeString(dir.resolve("timeseries.csv"), ts, StandardCharsets.UTF_8);

        String[][] groups = {
            {"all", "all"},
            {"age_band", "under_30"}, {"age_band", "30_44"}, {"age_band", "45_59"}, {"age_band", "60_plus"},
            {"education", "primary"}, {"education", "secondary"}, {"education", "higher"},
            {"russian_fluency", "none"}, {"russian_fluency", "some"}, {"russian_fluency", "fluent"},
            {"settlement", "cluster"}, {"settlement", "new_district"}, {"settlement", "mixed_rural"},
            {"settlement", "mixed_urban"},
        };
        double[] level = {0.42, 0.45, 0.43, 0.40, 0.38, 0.37, 0.42, 0.5, 0.33, 0.45, 0.6,
                          0.34, 0.30, 0.44, 0.55};
        StringBuilder bl = new StringBuilder(String.join(",", BELONGING_COLUMNS)).append('\n');
        for (int year = Math.max(first, 1991); year <= last; year++) {
            for (int g = 0; g < groups.length; g++) {
                if (groups[g][1].equals("new_district") && year < 2008) {
                    continue; // Nurly Kosh districts exist only from 2008
                }
                double mean = level[g] + 0.004 * (year - 1991) + 0.02 * random.nextGaussian()
                        - (year >= 2012 ? 0.05 : 0);
                Object[] row = {year, groups[g][0], groups[g][1], 100 + g, 550 + 5 * g, fmt(mean),
                    fmt(0.1), fmt(mean + 0.3), fmt(mean - 0.1), fmt(0.1), fmt(mean), fmt(mean - 0.05)};
                bl.append(join(row)).append('\n');
            }
        }
        Files.writeString(dir.resolve("belonging.csv"), bl, StandardCharsets.UTF_8);

        StringBuilder ev = new StringBuilder("date,id,type,description,parameters\n");
        for (String[] e : events) {
            ev.append(e[0]).append(',').append(e[1]).append(',').append(e[2])
              .append(",\"").append("Made-up event ").append(e[1]).append(", for tests\"")
              .append(",\"quota_households=1000 households/year; lump_sum_usd=850 USD\"\n");
        }
        Files.writeString(dir.resolve("events.csv"), ev, StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("run.yaml"),
                "# resolved scenario\nscenario: fixture-run\nscenario_sha256: " + SHA256
                        + "\nseed: 7\nkosh_version: 0.1.0\ngit_commit: abc1234\n"
                        + "resolved_scenario:\n  parameters:\n    quota:\n      households_per_year: 1000\n",
                StandardCharsets.UTF_8);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String join(Object[] row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(row[i]);
        }
        return line.toString();
    }
}
