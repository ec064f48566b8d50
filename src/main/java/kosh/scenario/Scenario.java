package kosh.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kosh.model.Economy;
import kosh.model.ModelParameters;
import kosh.model.Place;
import kosh.model.PopulationSpec;
import kosh.model.ProgrammeTerms;
import kosh.model.RegionType;
import kosh.policy.PolicyEvent;
import kosh.policy.PolicyTimeline;

/**
 * A validated scenario: everything a run needs, as plain data. Only {@link ScenarioLoader} makes
 * these, so later code can trust every value.
 *
 * @param name            the file name without {@code .yaml}; runs write to {@code output/<name>/}
 * @param file            where it was loaded from
 * @param description     one line saying what it is
 * @param extendsFile     the scenario it changes, or null for a complete one
 * @param changes         for a what-if: the events it removes, changes or adds relative to its parent
 * @param changedKeys     for a what-if: the settings it overrides, as dotted keys (e.g. parameters.dzhut.random_annual_probability)
 * @param startYear       first simulated year (1990)
 * @param endYear         last simulated year
 * @param resolved        the fully merged scenario as plain maps and lists, for {@code run.yaml}
 */
public record Scenario(String name, Path file, String description, Path extendsFile, List<EventChange> changes,
                       List<String> changedKeys,
                       int startYear, int endYear, PopulationSpec population, List<Place> places,
                       Map<RegionType, Double> attractiveness, Economy economy, ProgrammeTerms initialTerms,
                       ModelParameters parameters, List<PolicyEvent> events, Map<String, Object> resolved) {

    public Scenario {
        changes = List.copyOf(changes);
        changedKeys = List.copyOf(changedKeys);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    public PolicyTimeline timeline() { return new PolicyTimeline(initialTerms, events); }

    /** How a what-if differs from the scenario it extends, for one event. */
    public record EventChange(Kind kind, String id, String summary) {
        public enum Kind { REMOVED, CHANGED, ADDED }
    }
}
