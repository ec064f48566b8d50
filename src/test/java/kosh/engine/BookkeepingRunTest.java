package kosh.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kosh.model.Household;
import kosh.model.Languages;
import kosh.model.Person;
import kosh.model.PopulationSpec;
import kosh.model.World;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A whole run at a small population: every month the bookkeeping kept up to date (register, decision
 * months, kin counts) agrees with a full count, and what households report about their members
 * agrees with the members; the same seed gives the same tables.
 */
public class BookkeepingRunTest {
    /** The baseline with 4,000 persons in 1990 (also used by tests in other packages). */
    public static Scenario small() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        PopulationSpec p = s.population();
        PopulationSpec q = new PopulationSpec(4000, p.placeShares(), p.headAgeMeanYears(), p.headAgeSdYears(), p.spouseShare(),
                p.childrenMean(), p.elderShare(), p.occupationRural(), p.occupationUrban(), p.higherEducationShare(),
                p.primaryShareOfRest(), p.herdMedianHerderSheepUnits(), p.herdMedianOtherSheepUnits(), p.herdSigma(),
                p.cashMedianUsd(), p.cashSigma(), p.russianFluentShareHigher(), p.russianFluentShareOther(),
                p.kazakhFluentShare(), p.mongolianFluentShareUrban(), p.mongolianFluentShareRural(), p.lineages(),
                p.kinTiesPerHousehold(), p.marriageTiesPerHousehold());
        return new Scenario(s.name(), s.file(), s.description(), s.extendsFile(), s.changes(), s.changedKeys(), s.startYear(),
                s.endYear(), q, s.places(), s.attractiveness(), s.economy(), s.initialTerms(), s.parameters(), s.events(),
                s.resolved());
    }

    @Test
    void everyMonthTheKeptCountsMatchAFullCount() throws Exception {
        KoshSim sim = new KoshSim(small(), 5);
        sim.start();
        for (int m = 0; m < sim.months(); m++) {
            sim.schedule.step(sim);
            World w = sim.world();
            w.audit();
            if (m % 12 == 0 || m % 12 == 11)
                for (Household h : w.households()) assertMembersAgree(h);
        }
    }

    private static void assertMembersAgree(Household h) {
        List<Person> members = new ArrayList<>(h.members());
        double k = 0, mn = 0, r = 0, upbringing = 0;
        int earners = 0;
        boolean school = false;
        for (Person p : members) {
            k += p.kazakhFluency();
            mn += p.mongolianFluency();
            r += p.russianFluency();
            upbringing += Math.min(1.0, p.schoolYearsInKazakhstan() / 10.0);
            if (p.age() >= 18 && p.age() < 63) earners++;
            if (p.age() >= 6 && p.age() < 18) school = true;
        }
        int n = members.size();
        assertEquals(new Languages(k / n, mn / n, r / n), h.languages(), "household " + h.id());
        assertEquals(Math.max(1, earners), h.earners());
        assertEquals(school, h.hasSchoolChildren());
        assertEquals(upbringing / n, h.sharedUpbringingShare());
        // Exactly one head, whatever deaths and marriages took from the household.
        assertEquals(1, members.stream().filter(p -> p.role() == Person.Role.HEAD).count(), "heads of household " + h.id());
        Person head = null;
        for (Person p : members) if (p.role() == Person.Role.HEAD) { head = p; break; }
        assertEquals(head, h.head());
        assertEquals(head.age(), h.headAge());
    }

    @Test
    void theSameSeedGivesTheSameTables() throws Exception {
        Scenario s = small();
        Runner.Result a = Runner.run(s, 9, null), b = Runner.run(s, 9, null);
        for (int i = 0; i < a.tables().size(); i++) {
            Table x = a.tables().get(i), y = b.tables().get(i);
            assertEquals(x.rows().size(), y.rows().size(), x.name());
            for (int row = 0; row < x.rows().size(); row++) assertArrayEquals(x.rows().get(row), y.rows().get(row), x.name());
        }
    }
}
