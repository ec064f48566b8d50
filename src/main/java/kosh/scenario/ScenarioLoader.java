package kosh.scenario;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kosh.model.BelongingDynamics;
import kosh.model.BelongingWeights;
import kosh.model.Country;
import kosh.model.Curve;
import kosh.model.DemographyParameters;
import kosh.model.DestinationChoice;
import kosh.model.DzhutParameters;
import kosh.model.Economy;
import kosh.model.Income;
import kosh.model.LanguageLearning;
import kosh.model.MigrationParameters;
import kosh.model.ModelParameters;
import kosh.model.MoveDecision;
import kosh.model.Occupation;
import kosh.model.Place;
import kosh.model.PopulationSpec;
import kosh.model.ProgrammeTerms;
import kosh.model.RegionType;
import kosh.model.ReturnDecision;
import kosh.policy.PolicyEvent;

/**
 * Loads scenario files: the only code that reads YAML. A file is checked on its own first (so an
 * error names the file it is in), then merged over the scenario it {@code extends}, then checked
 * as a whole and turned into records.
 */
public final class ScenarioLoader {
    private static final int MAX_EXTENDS_DEPTH = 8;

    private ScenarioLoader() {}

    /** Loads and validates a scenario, following {@code extends} chains. */
    public static Scenario load(Path file) throws ScenarioException { return load(file, Map.of()); }

    /**
     * Loads a scenario with settings overridden by dotted key (those of {@link ScenarioFormat#keys()},
     * e.g. {@code parameters.move.base} → -3.0). The overrides replace values of the merged file
     * before it is validated, so each is range-checked like a value in a file; they join
     * {@link Scenario#changedKeys()}.
     */
    public static Scenario load(Path file, Map<String, ?> overrides) throws ScenarioException {
        Path f = file.toAbsolutePath().normalize();
        String fileName = f.getFileName().toString();
        if (!fileName.endsWith(".yaml") && !fileName.endsWith(".yml"))
            throw new ScenarioException(file, 0, null, "a scenario file must end in .yaml", "rename it, e.g. my-what-if.yaml");
        String name = fileName.replaceFirst("\\.ya?ml$", "");
        if (!name.matches("[a-z0-9][a-z0-9-]*"))
            throw new ScenarioException(file, 0, null, "the file name '" + fileName
                    + "' must be lower-case letters, digits and dashes (it names the output folder)",
                    "rename it, e.g. " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".yaml");
        if (!Files.isRegularFile(f))
            throw new ScenarioException(file, 0, null, "no such file", listHint(f.getParent()));
        List<Scenario.EventChange> changes = new ArrayList<>();
        Resolved r = resolve(f, new HashSet<>(), 0, changes);
        if (!overrides.isEmpty()) r = new Resolved(Overrides.apply(r.node, overrides), r.parent, r.chain);
        List<String> changedKeys = new ArrayList<>();
        if (r.parent != null) leafKeys(YamlFiles.read(f), "", changedKeys);
        for (String k : overrides.keySet()) if (!changedKeys.contains(k)) changedKeys.add(k);
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) ScenarioSchema.ROOT.read(r.node, "", false);
        try {
            return assemble(name, file, r, v, changes, changedKeys);
        } catch (IllegalArgumentException e) {
            // Last net for a model check the schema does not repeat and no section claimed (see part).
            throw new ScenarioException(file, 0, null, "the model refuses these settings: " + e.getMessage(),
                    "change the setting the message names");
        }
    }

    /**
     * The merged tree of a file and what it extends; {@code chain} lists the files from this one
     * down to the complete scenario at the end of its {@code extends} chain.
     */
    private record Resolved(YNode node, Path parent, List<Path> chain) {
        /** 0 for the file loaded, 1 for the one it extends and so on; -1 for an override (it is over all files). */
        int rank(Path file) { return chain.indexOf(file); }
    }

    private static Resolved resolve(Path file, Set<Path> visiting, int depth, List<Scenario.EventChange> changes)
            throws ScenarioException {
        YNode node = YamlFiles.read(file);
        if (node.shape != YNode.Shape.MAP)
            throw new ScenarioException(file, node.line, null, "expected a mapping of keys at the top, found " + node.describe(),
                    "start from scenarios/baseline.yaml");
        ScenarioSchema.ROOT.read(node, "", true);
        if (!node.map.containsKey("description"))
            throw new ScenarioException(file, 1, "description", "missing: every scenario needs a one-line description",
                    "add 'description: what this scenario changes'");
        YNode ext = node.map.get("extends");
        if (ext == null) {
            if (node.map.containsKey("remove_events"))
                throw new ScenarioException(file, node.lineOf("remove_events"), "remove_events",
                        "remove_events only makes sense with extends", "add 'extends: baseline.yaml' or delete remove_events");
            return new Resolved(node, null, List.of(file));
        }
        if (depth >= MAX_EXTENDS_DEPTH)
            throw new ScenarioException(file, node.lineOf("extends"), "extends", "more than " + MAX_EXTENDS_DEPTH
                    + " scenarios extend each other", "extend the baseline directly");
        Path parent = file.getParent().resolve(ext.text).toAbsolutePath().normalize();
        if (!Files.isRegularFile(parent))
            throw new ScenarioException(file, node.lineOf("extends"), "extends", "cannot find '" + ext.text
                    + "' next to this file", listHint(file.getParent()));
        if (!visiting.add(file) || parent.equals(file) || visiting.contains(parent))
            throw new ScenarioException(file, node.lineOf("extends"), "extends", "scenarios extend each other in a circle",
                    "make one of them a complete scenario or extend baseline.yaml");
        Resolved base = resolve(parent, visiting, depth + 1, new ArrayList<>());
        List<Path> chain = new ArrayList<>(List.of(file));
        chain.addAll(base.chain);
        return new Resolved(mergeOver(base.node, node, changes), parent, chain);
    }

    /** The child's keys over the parent's; events by id, minus {@code remove_events}. */
    private static YNode mergeOver(YNode parent, YNode child, List<Scenario.EventChange> changes) throws ScenarioException {
        Map<String, YNode> parentEvents = new LinkedHashMap<>();
        YNode pe = parent.map.get("events");
        if (pe != null) for (YNode e : pe.seq) parentEvents.put(EventsSpec.idOf(e), e);

        YNode removals = child.map.get("remove_events");
        Map<String, Integer> listed = new HashMap<>();
        if (removals != null)
            for (YNode idNode : removals.seq) {
                // Checked first: the second mention would otherwise find the event gone and suggest its own id.
                Integer first = listed.putIfAbsent(idNode.text, idNode.line);
                if (first != null)
                    throw new ScenarioException(idNode.file, idNode.line, "remove_events", "the event '" + idNode.text
                            + "' is listed twice" + (first == idNode.line ? "" : " (first on line " + first + ")"),
                            "delete one of the two");
                if (parentEvents.remove(idNode.text) == null)
                    throw new ScenarioException(idNode.file, idNode.line, "remove_events", "no event '" + idNode.text
                            + "' in the scenario this one extends", Spec.unknownKeyHint(idNode.text, eventIds(pe)));
                changes.add(new Scenario.EventChange(Scenario.EventChange.Kind.REMOVED, idNode.text, "removed"));
            }
        YNode ce = child.map.get("events");
        if (ce != null)
            for (YNode e : ce.seq) {
                String id = EventsSpec.idOf(e);
                boolean replaces = parentEvents.containsKey(id);
                parentEvents.put(id, e);
                changes.add(new Scenario.EventChange(replaces ? Scenario.EventChange.Kind.CHANGED : Scenario.EventChange.Kind.ADDED,
                        id, summary(e)));
            }

        Map<String, YNode> own = new LinkedHashMap<>(child.map);
        own.remove("extends");
        own.remove("remove_events");
        own.remove("events");
        Map<String, Integer> ownLines = new LinkedHashMap<>(child.keyLines);
        Map<String, YNode> base = new LinkedHashMap<>(parent.map);
        base.remove("events");
        YNode merged = ScenarioSchema.ROOT.merge(YNode.map(parent.file, parent.line, base, parent.keyLines, parent.keyFiles),
                YNode.map(child.file, child.line, own, ownLines));
        Map<String, YNode> out = new LinkedHashMap<>(merged.map);
        Map<String, Integer> lines = new LinkedHashMap<>(merged.keyLines);
        Map<String, Path> files = new LinkedHashMap<>(merged.keyFiles);
        out.put("events", YNode.seq(ce != null ? ce.file : parent.file, ce != null ? ce.line : (pe != null ? pe.line : 1),
                new ArrayList<>(parentEvents.values())));
        YNode eventsFrom = ce != null ? child : parent;
        lines.put("events", eventsFrom.lineOf("events"));
        files.put("events", eventsFrom.fileOf("events"));
        return YNode.map(child.file, child.line, out, lines, files);
    }

    /** The dotted keys of the settings a what-if file itself writes (not its events or what-if keys). */
    private static void leafKeys(YNode n, String path, List<String> out) {
        for (Map.Entry<String, YNode> e : n.map.entrySet()) {
            String k = e.getKey();
            if (path.isEmpty() && (k.equals("description") || k.equals("extends") || k.equals("remove_events") || k.equals("events")))
                continue;
            String p = path.isEmpty() ? k : path + "." + k;
            boolean curve = e.getValue().shape == YNode.Shape.MAP && !e.getValue().map.isEmpty()
                    && e.getValue().map.keySet().iterator().next().matches("\\d+");
            if (e.getValue().shape == YNode.Shape.MAP && !curve) leafKeys(e.getValue(), p, out);
            else out.add(p);
        }
    }

    private static List<String> eventIds(YNode events) {
        List<String> ids = new ArrayList<>();
        if (events != null) for (YNode e : events.seq) ids.add(EventsSpec.idOf(e));
        return ids;
    }

    private static String summary(YNode event) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, YNode> e : event.map.entrySet()) {
            if (e.getKey().equals("id") || e.getKey().equals("description") || e.getValue().shape != YNode.Shape.SCALAR) continue;
            if (s.length() > 0) s.append(", ");
            s.append(e.getKey()).append('=').append(e.getValue().text);
        }
        return s.toString();
    }

    static String listHint(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return "check the path";
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path p : ds) names.add(p.getFileName().toString());
        } catch (IOException e) {
            return "check the path";
        }
        names.sort(null);
        return names.isEmpty() ? "check the path" : "scenarios in " + dir.getFileName() + "/: " + String.join(", ", names);
    }

    // ------------------------------------------------------------------ assembly

    @SuppressWarnings("unchecked")
    private static Map<String, Object> m(Map<String, Object> v, String key) { return (Map<String, Object>) v.get(key); }

    private static double d(Map<String, Object> v, String key) { return ((Number) v.get(key)).doubleValue(); }

    private static int i(Map<String, Object> v, String key) { return ((Number) v.get(key)).intValue(); }

    private static boolean b(Map<String, Object> v, String key) { return (Boolean) v.get(key); }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Map<E, Double> shares(Map<String, Object> v, String key) {
        Map<E, Object> raw = (Map<E, Object>) v.get(key);
        Map<E, Double> out = new LinkedHashMap<>();
        for (Map.Entry<E, Object> e : raw.entrySet()) out.put(e.getKey(), ((Number) e.getValue()).doubleValue());
        return out;
    }

    private static Curve c(Map<String, Object> v, String key) { return (Curve) v.get(key); }

    /** Makes one model record from values the schema has checked. */
    interface Part<T> { T make(); }

    /**
     * A model record made by {@code part}; a check of its own that fails (IllegalArgumentException)
     * becomes an error on {@code key} of {@code map}, the section the record is made from.
     */
    static <T> T part(YNode map, String key, String path, Part<T> part) throws ScenarioException {
        try {
            return part.make();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(map.fileOf(key), map.lineOf(key), path, "the model refuses these settings: " + e.getMessage(),
                    "change the value under '" + path + "' that the message names");
        }
    }

    @SuppressWarnings("unchecked")
    private static Scenario assemble(String name, Path file, Resolved r, Map<String, Object> v,
                                     List<Scenario.EventChange> changes, List<String> changedKeys) throws ScenarioException {
        int endYear = i(v, "end_year");
        List<PolicyEvent> events = (List<PolicyEvent>) v.get("events");
        YNode eventsNode = r.node.map.get("events");
        Path endYearFile = r.node.fileOf("end_year");
        List<String> inherited = new ArrayList<>();
        int lastYear = endYear;
        for (int k = 0; k < events.size(); k++) {
            LocalDate date = events.get(k).date();
            if (date.getYear() > endYear) {
                YNode item = eventsNode.seq.get(k);
                // An event written with end_year or after it is what to move; ones inherited from under it are end_year's fault.
                if (r.rank(item.file) <= r.rank(endYearFile))
                    throw new ScenarioException(item.file, item.lineOf("date"), "events[" + item.index + "].date", "event '"
                            + events.get(k).id() + "' on " + date + " falls after end_year " + endYear,
                            "move the event before " + (endYear + 1) + " or raise end_year");
                inherited.add(events.get(k).id());
                lastYear = Math.max(lastYear, date.getYear());
            }
        }
        if (!inherited.isEmpty())
            throw new ScenarioException(endYearFile, r.node.lineOf("end_year"), "end_year", "end_year " + endYear + " comes before "
                    + (inherited.size() == 1 ? "1 event" : inherited.size() + " events") + " of the scenario this one extends: "
                    + String.join(", ", inherited), "drop them with 'remove_events: [" + String.join(", ", inherited)
                    + "]' or raise end_year to " + lastYear);

        Map<String, Object> pop = m(v, "population");
        PopulationSpec population = part(r.node, "population", "population", () -> new PopulationSpec(i(pop, "persons"),
                shares(pop, "place_shares"),
                d(pop, "head_age_mean_years"), d(pop, "head_age_sd_years"), d(pop, "spouse_share"), d(pop, "children_mean"),
                d(pop, "elder_share"), shares(pop, "occupation_rural"), shares(pop, "occupation_urban"),
                shares(pop, "higher_education_share"), d(pop, "primary_share_of_rest"),
                d(pop, "herd_median_herder_sheep_units"), d(pop, "herd_median_other_sheep_units"), d(pop, "herd_sigma"),
                d(pop, "cash_median_usd"), d(pop, "cash_sigma"), d(pop, "russian_fluent_share_higher"),
                d(pop, "russian_fluent_share_other"), d(pop, "kazakh_fluent_share"), d(pop, "mongolian_fluent_share_urban"),
                d(pop, "mongolian_fluent_share_rural"), i(pop, "lineages"), i(pop, "kin_ties_per_household"),
                i(pop, "marriage_ties_per_household")));

        List<Place> places = new ArrayList<>();
        Map<RegionType, Double> attractiveness = new EnumMap<>(RegionType.class);
        YNode placesNode = r.node.map.get("places");
        for (Map.Entry<RegionType, Object> e : ((Map<RegionType, Object>) v.get("places")).entrySet()) {
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            String key = e.getKey().key();
            YNode pn = placesNode.map.get(key);
            if (d(p, "russian_share") + d(p, "mongolian_share") > 1) {
                // Blame the share written nearest the file loaded: the one extended only supplied the other.
                String share = r.rank(pn.fileOf("russian_share")) < r.rank(pn.fileOf("mongolian_share")) ? "russian_share" : "mongolian_share";
                throw new ScenarioException(pn.fileOf(share), pn.lineOf(share), "places." + key + "." + share,
                        "russian_share + mongolian_share is " + (d(p, "russian_share") + d(p, "mongolian_share"))
                                + ", but the two shares of daily life cannot exceed 1", "lower one of them; the rest of daily life is in Kazakh");
            }
            places.add(part(placesNode, key, "places." + key, () -> new Place(e.getKey(), (String) p.get("name"),
                    d(p, "russian_share"), d(p, "mongolian_share"), d(p, "urban_share"), d(p, "relative_wage"),
                    d(p, "relative_living_cost"))));
            if (p.containsKey("attractiveness")) {
                if (e.getKey().country() != Country.KAZAKHSTAN)
                    throw new ScenarioException(pn.fileOf("attractiveness"), pn.lineOf("attractiveness"), "places." + key + ".attractiveness",
                            "attractiveness applies only to places in Kazakhstan", "delete this line");
                attractiveness.put(e.getKey(), d(p, "attractiveness"));
            }
        }

        Map<String, Object> eco = m(v, "economy");
        Economy economy = part(r.node, "economy", "economy", () -> new Economy(c(eco, "mongolia_wage_usd_per_month"),
                c(eco, "kazakhstan_wage_usd_per_month"),
                c(eco, "mongolia_living_cost_usd_per_month"), c(eco, "kazakhstan_living_cost_usd_per_month"),
                c(eco, "mongolia_unemployment_share"), c(eco, "kazakhstan_unemployment_share"),
                d(eco, "livestock_usd_per_sheep_unit_year")));

        Map<String, Object> t = m(v, "programme");
        ProgrammeTerms terms = part(r.node, "programme", "programme", () -> new ProgrammeTerms(i(t, "quota_households_per_year"),
                d(t, "quota_open_share"),
                b(t, "non_quota_entry"), d(t, "in_kind_usd_per_household"), d(t, "lump_sum_head_usd"),
                d(t, "lump_sum_member_usd"), b(t, "move_cost_covered"), d(t, "non_quota_usd_per_person"),
                i(t, "years_after_citizenship"), b(t, "contracts_open"), i(t, "contract_years"),
                d(t, "contract_benefit_usd_per_household"), d(t, "naturalisation_months"),
                b(t, "dual_citizenship_allowed"), d(t, "regain_mn_citizenship_months"), d(t, "extra_preparing_months"),
                b(t, "big_cities_closed_to_quota"), b(t, "new_districts"), i(t, "housing_loan_years"),
                d(t, "skill_preference"), new EnumMap<>(RegionType.class), d(t, "press_hostility")));

        Map<String, Object> p = m(v, "parameters");
        Map<String, Object> mv = m(p, "move"), rt = m(p, "return"), de = m(p, "destination"), bw = m(p, "belonging_weights"),
                be = m(p, "belonging"), la = m(p, "language"), in = m(p, "income"), mi = m(p, "migration"),
                dm = m(p, "demography"), dz = m(p, "dzhut");
        YNode pn = r.node.map.get("parameters");
        if (d(bw, "ethnic") + d(bw, "linguistic") + d(bw, "soviet_past") + d(bw, "lifestyle") + d(bw, "acceptance") <= 0)
            throw new ScenarioException(pn.fileOf("belonging_weights"), pn.lineOf("belonging_weights"), "parameters.belonging_weights",
                    "all five weights are 0, so belonging would have no part to weigh (they are relative weights)",
                    "make at least one weight above 0, e.g. ethnic: 1");
        MoveDecision.Weights move = part(pn, "move", "parameters.move", () -> new MoveDecision.Weights(d(mv, "base"),
                d(mv, "per_thousand_usd"), d(mv, "per_income_log_ratio"),
                d(mv, "per_log_kin_kazakhstan"), d(mv, "per_log_kin_mongolia"), d(mv, "per_herd_lost"),
                d(mv, "per_decade_over_50"), d(mv, "per_press_hostility"), d(mv, "school_children"),
                d(mv, "per_log_affordability"), d(mv, "returned_before")));
        ReturnDecision.Weights ret = part(pn, "return", "parameters.return", () -> new ReturnDecision.Weights(d(rt, "base"),
                d(rt, "per_belonging"), d(rt, "per_log_kin_mongolia"),
                d(rt, "per_log_kin_kazakhstan"), d(rt, "elderly"), d(rt, "contract_ended"), d(rt, "per_press_hostility"),
                d(rt, "per_income_log_ratio"), d(rt, "per_stateless_year"), d(rt, "benefits_due"),
                d(rt, "per_year_in_kazakhstan")));
        DestinationChoice.Weights dest = part(pn, "destination", "parameters.destination", () -> new DestinationChoice.Weights(
                d(de, "per_income_log"), d(de, "per_log_kin"), d(de, "per_language_gap"), d(de, "per_thousand_usd")));
        BelongingWeights weights = part(pn, "belonging_weights", "parameters.belonging_weights", () -> new BelongingWeights(
                d(bw, "ethnic"), d(bw, "linguistic"), d(bw, "soviet_past"), d(bw, "lifestyle"), d(bw, "acceptance")));
        BelongingDynamics.Rates belonging = part(pn, "belonging", "parameters.belonging", () -> new BelongingDynamics.Rates(
                d(be, "ethnic_base"), d(be, "ethnic_label_penalty"), d(be, "adjustment_per_year"),
                d(be, "acceptance_mixed"), d(be, "acceptance_cluster"), d(be, "acceptance_new_district"),
                d(be, "acceptance_fluency_gain"), d(be, "lifestyle_adjustment_per_year")));
        LanguageLearning.Rates language = part(pn, "language", "parameters.language", () -> new LanguageLearning.Rates(
                d(la, "child_per_year"), d(la, "adult_per_year"), d(la, "elder_per_year"), d(la, "cluster_factor")));
        Income.Parameters income = part(pn, "income", "parameters.income", () -> new Income.Parameters(
                ScenarioLoader.<Occupation>shares(in, "occupation_wage_factor"),
                d(in, "language_penalty"), d(in, "credential_loss_share"), d(in, "herder_family_wage_share")));
        MigrationParameters migration = part(pn, "migration", "parameters.migration", () -> new MigrationParameters(
                d(mi, "mongolia_share_of_quota"), d(mi, "quota_grant_probability"),
                i(mi, "preparing_months_max"), d(mi, "contract_share"), d(mi, "phantom_registration_share"),
                d(mi, "illicit_dual_passport_share"), d(mi, "cluster_share"), d(mi, "move_cost_base_usd"),
                d(mi, "move_cost_per_person_usd"), d(mi, "kin_support_usd_per_kin_household"),
                d(mi, "livestock_price_usd_per_sheep_unit"), d(mi, "return_herd_share")));
        DemographyParameters demography = part(pn, "demography", "parameters.demography", () -> new DemographyParameters(
                c(dm, "births_per_woman"), d(dm, "infant_death_probability"), d(dm, "gompertz_a"),
                d(dm, "gompertz_b"), d(dm, "marriage_probability"), d(dm, "cross_border_marriage_share"),
                d(dm, "herd_share_to_new_household"), d(dm, "cash_share_to_new_household")));
        DzhutParameters dzhut = part(pn, "dzhut", "parameters.dzhut", () -> new DzhutParameters(d(dz, "loss_spread"),
                i(dz, "random_from_year"), d(dz, "random_annual_probability"),
                d(dz, "random_mean_loss_share"), d(dz, "herd_growth_per_year"), d(dz, "herd_cap_sheep_units")));
        ModelParameters params = part(r.node, "parameters", "parameters", () -> new ModelParameters(move, ret, dest, weights,
                belonging, language, income, migration, demography, dzhut));

        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("name", name);
        for (Map.Entry<String, Object> e : v.entrySet())
            if (!e.getKey().equals("extends") && !e.getKey().equals("remove_events")) resolved.put(e.getKey(), Plain.of(e.getValue()));
        return new Scenario(name, file, (String) v.get("description"), r.parent, changes, changedKeys, ScenarioSchema.START_YEAR,
                endYear, population, places, attractiveness, economy, terms, params, events, resolved);
    }
}
