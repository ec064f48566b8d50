package kosh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kosh.scenario.ScenarioException;
import kosh.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every scenario file loads and runs, and each what-if differs from the baseline where its policy
 * says it must. All runs share seed 1 (common random numbers), so differences are the policy's.
 */
class WhatIfScenariosTest {
    static final Map<String, Runner.Result> RUNS = new HashMap<>();

    @BeforeAll
    static void runEveryScenario() throws IOException, ScenarioException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("scenarios"), "*.yaml")) {
            for (Path p : ds) files.add(p);
        }
        assertTrue(files.size() >= 8, "baseline and at least seven what-ifs");
        for (Path f : files) {
            Runner.Result r = Runner.run(ScenarioLoader.load(f), 1, null);
            RUNS.put(r.scenario().name(), r);
        }
    }

    static double sum(String scenario, String column, int from, int to) {
        Table t = RUNS.get(scenario).timeseries();
        double[] years = t.numbers("year"), v = t.numbers(column);
        double s = 0;
        for (int i = 0; i < years.length; i++) if (years[i] >= from && years[i] <= to) s += v[i];
        return s;
    }

    static double monthlySum(String scenario, String column, int fromYm, int toYm) {
        Table t = RUNS.get(scenario).monthly();
        double[] y = t.numbers("year"), m = t.numbers("month"), v = t.numbers(column);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            int ym = (int) y[i] * 100 + (int) m[i];
            if (ym >= fromYm && ym <= toYm) s += v[i];
        }
        return s;
    }

    @Test
    void everyScenarioRanToItsEndYear() {
        for (Runner.Result r : RUNS.values())
            assertEquals(r.scenario().endYear() - r.scenario().startYear() + 1, r.timeseries().rows().size(), r.scenario().name());
    }

    @Test
    void noQuotaEntriesWhileTheQuotaIsSuspended() {
        // Suspended 23 April 2012, partly resumed 29 August 2013: May 2012 to July 2013 is closed.
        assertEquals(0, monthlySum("baseline", "emigrants_quota_persons", 201205, 201307));
        assertTrue(monthlySum("no-2012-suspension", "emigrants_quota_persons", 201205, 201307) > 0);
    }

    @Test
    void withoutTheSuspensionMoreLeave2012To2014() {
        assertTrue(sum("no-2012-suspension", "emigrants_persons", 2012, 2014) > 1.2 * sum("baseline", "emigrants_persons", 2012, 2014));
    }

    @Test
    void permanentSuspensionEndsQuotaEntryForGood() {
        assertEquals(0, sum("permanent-suspension", "emigrants_quota_persons", 2013, 2030));
        assertTrue(sum("baseline", "emigrants_quota_persons", 2014, 2030) > 0);
    }

    @Test
    void dualCitizenshipLeavesNobodyStateless() {
        assertEquals(0, sum("dual-citizenship", "stateless", 1990, 2030));
        assertTrue(sum("baseline", "stateless", 1990, 2030) > 0);
    }

    @Test
    void noDzhutMeansNoLivestockLost() {
        assertEquals(0, sum("no-dzhut", "dzhut_livestock_loss_share", 1990, 2030));
        assertTrue(sum("baseline", "dzhut_livestock_loss_share", 2010, 2010) > 0.1);
    }

    @Test
    void aSevereDzhutDecadeDrivesMoreHerdersOut() {
        assertTrue(sum("severe-dzhut-decade", "dzhut_livestock_loss_share", 2003, 2009) > 1.5);
        assertTrue(sum("severe-dzhut-decade", "emigrants_persons", 2000, 2010) > sum("baseline", "emigrants_persons", 2000, 2010));
    }

    @Test
    void withoutThe1997ReformContractsGoOn() {
        assertEquals(0, sum("baseline", "emigrants_contract_persons", 1999, 2030));
        assertTrue(sum("no-1997-reform", "emigrants_contract_persons", 1999, 2030) > 0);
    }

    @Test
    void withoutNurlyKoshNoOneIsHousedInNewDistricts() {
        assertTrue(groups("baseline").contains("new_district"));
        assertTrue(!groups("no-nurly-kosh").contains("new_district"));
    }

    static List<String> groups(String scenario) {
        List<String> out = new ArrayList<>();
        for (Object[] row : RUNS.get(scenario).belonging().rows()) if ("settlement".equals(row[1])) out.add((String) row[2]);
        return out;
    }
}
