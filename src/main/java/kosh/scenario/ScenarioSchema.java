package kosh.scenario;

import java.util.ArrayList;
import java.util.List;
import kosh.model.Country;
import kosh.model.Occupation;
import kosh.model.RegionType;

/**
 * Every key a scenario file may hold, with its unit and range: the one place the file format is
 * defined. Units are in key names where they fit ({@code _usd}, {@code _months}, {@code _share}) and
 * in the specs below always.
 */
final class ScenarioSchema {
    static final int START_YEAR = 1990;

    private ScenarioSchema() {}

    static Spec.Num num(String unit, double min, double max) { return new Spec.Num(unit, min, max, false); }
    static Spec.Num whole(String unit, double min, double max) { return new Spec.Num(unit, min, max, true); }
    static Spec.Num share() { return num("share", 0, 1); }
    static Spec.Num logOdds() { return num("log-odds", -50, 50); }
    static Spec.Num usd() { return num("USD", 0, 1_000_000); }
    static Spec.Num ratio() { return num("ratio", 0.01, 100); }

    static final Spec ROOT = root();

    private static Spec root() {
        return new Spec.Fields()
                .add("description", new Spec.Text(), "one line saying what this scenario is")
                .optional("extends", new Spec.Text(), "the scenario file this one changes, e.g. baseline.yaml")
                .optional("remove_events", new TextList(), "ids of the extended scenario's events to drop")
                .add("end_year", whole("year", 1995, 2100), "last simulated year")
                .add("population", population(), "the 1990 population")
                .add("places", new Spec.Keyed<>(RegionType.class, r -> true, place(), true, false), "places and their language environment")
                .add("economy", economy(), "wages, living costs and unemployment over time")
                .add("programme", programme(), "the programme's terms before the first event")
                .add("parameters", parameters(), "behavioural parameters")
                .add("events", new EventsSpec(START_YEAR, 2100), "dated policy events and dzhut winters");
    }

    private static Spec population() {
        Spec.Keyed<Occupation> mix = new Spec.Keyed<>(Occupation.class, o -> true, share(), true, true);
        return new Spec.Fields()
                .add("persons", whole("persons", 100, 2_000_000), "people to create in 1990")
                .add("place_shares", new Spec.Keyed<>(RegionType.class, r -> r.country() == Country.MONGOLIA, share(), true, true),
                        "share of people in each Mongolian region type")
                .add("head_age_mean_years", num("years", 18, 90), "mean age of household heads")
                .add("head_age_sd_years", num("years", 0, 30), "spread of heads' ages")
                .add("spouse_share", share(), "share of heads living with a spouse")
                .add("children_mean", num("children per household", 0, 15), "mean number of children")
                .add("elder_share", share(), "share of households with an elderly parent")
                .add("occupation_rural", mix, "occupation mix of heads in rural places")
                .add("occupation_urban", mix, "occupation mix of heads in urban places")
                .add("higher_education_share", new Spec.Keyed<>(Occupation.class, o -> true, share(), true, false),
                        "share of heads with higher education, by occupation")
                .add("primary_share_of_rest", share(), "share with primary schooling only among the others")
                .add("herd_median_herder_sheep_units", num("sheep units", 0, 10_000), "median herd of a herding household")
                .add("herd_median_other_sheep_units", num("sheep units", 0, 10_000), "median herd of other households")
                .add("herd_sigma", num("log-normal sigma", 0, 3), "spread of herd sizes")
                .add("cash_median_usd", usd(), "median cash savings of a household")
                .add("cash_sigma", num("log-normal sigma", 0, 3), "spread of savings")
                .add("russian_fluent_share_higher", share(), "adults with higher education who speak Russian well")
                .add("russian_fluent_share_other", share(), "other adults who speak Russian well")
                .add("kazakh_fluent_share", share(), "people who speak Kazakh as a first language")
                .add("mongolian_fluent_share_urban", share(), "adults in urban places who speak Mongolian well")
                .add("mongolian_fluent_share_rural", share(), "adults in rural places who speak Mongolian well")
                .add("lineages", whole("lineages", 1, 1_000_000), "number of patrilineal kin groups")
                .add("kin_ties_per_household", whole("ties", 0, 100), "lineage ties drawn per household")
                .add("marriage_ties_per_household", whole("ties", 0, 100), "ties by marriage drawn per household");
    }

    private static Spec place() {
        return new Spec.Fields()
                .add("name", new Spec.Text(), "readable name")
                .add("russian_share", share(), "share of daily life in Russian")
                .add("mongolian_share", share(), "share of daily life in Mongolian (the rest is in Kazakh)")
                .add("urban_share", share(), "how urban and cosmopolitan daily life is")
                .add("relative_wage", ratio(), "wages relative to the country's mean")
                .add("relative_living_cost", ratio(), "living costs relative to the country's mean")
                .optional("attractiveness", logOdds(), "own pull of a Kazakhstani region in the destination choice");
    }

    private static Spec economy() {
        return new Spec.Fields()
                .add("mongolia_wage_usd_per_month", new Spec.CurveSpec("USD/month", 1, 100_000), "mean wage in Mongolia")
                .add("kazakhstan_wage_usd_per_month", new Spec.CurveSpec("USD/month", 1, 100_000), "mean wage in Kazakhstan")
                .add("mongolia_living_cost_usd_per_month", new Spec.CurveSpec("USD/month", 1, 100_000), "household living cost in Mongolia")
                .add("kazakhstan_living_cost_usd_per_month", new Spec.CurveSpec("USD/month", 1, 100_000), "household living cost in Kazakhstan")
                .add("mongolia_unemployment_share", new Spec.CurveSpec("share", 0, 1), "unemployment in Mongolia")
                .add("kazakhstan_unemployment_share", new Spec.CurveSpec("share", 0, 1), "unemployment in Kazakhstan")
                .add("livestock_usd_per_sheep_unit_year", num("USD/sheep unit/year", 0, 1000), "herders' income per sheep unit");
    }

    private static Spec programme() {
        return new Spec.Fields()
                .add("quota_households_per_year", whole("households/year", 0, 100_000), "annual quota, all countries")
                .add("quota_open_share", share(), "share of the quota open")
                .add("non_quota_entry", new Spec.Bool(), "registration outside the quota possible")
                .add("in_kind_usd_per_household", usd(), "housing, stipend, livestock and jobs per quota household")
                .add("lump_sum_head_usd", usd(), "one-time payment to a quota household's head")
                .add("lump_sum_member_usd", usd(), "one-time payment per other member")
                .add("move_cost_covered", new Spec.Bool(), "state pays the quota household's move")
                .add("non_quota_usd_per_person", usd(), "benefits per person outside the quota")
                .add("years_after_citizenship", whole("years", 0, 50), "benefit years after naturalisation")
                .add("contracts_open", new Spec.Bool(), "work contracts offered")
                .add("contract_years", whole("years", 1, 30), "length of a work contract")
                .add("contract_benefit_usd_per_household", usd(), "value of a contract's job and housing")
                .add("naturalisation_months", num("months", 1, 600), "mean wait for citizenship")
                .add("dual_citizenship_allowed", new Spec.Bool(), "Mongolian citizenship may be kept")
                .add("regain_mn_citizenship_months", num("months", 0, 600), "shortest time to regain Mongolian citizenship (waits drawn up to 1.5 times it)")
                .add("extra_preparing_months", num("months", 0, 60), "extra paperwork before leaving")
                .add("big_cities_closed_to_quota", new Spec.Bool(), "quota households kept out of Almaty and Astana")
                .add("new_districts", new Spec.Bool(), "quota households housed in new districts")
                .add("housing_loan_years", whole("years", 0, 50), "years bound to a loan-financed house")
                .add("skill_preference", num("ratio", 0.1, 10), "relative chance of a quota place with higher education")
                .add("press_hostility", share(), "hostility of the press");
    }

    private static Spec parameters() {
        return new Spec.Fields()
                .add("move", new Spec.Fields()
                        .add("base", logOdds(), "log-odds with no driver")
                        .add("per_thousand_usd", num("log-odds per 1000 USD", -10, 10), "net benefit")
                        .add("per_income_log_ratio", num("log-odds per unit ln ratio", -20, 20), "expected income gain")
                        .add("per_log_kin_kazakhstan", num("log-odds per unit ln(1+kin)", -20, 20), "kin already in Kazakhstan")
                        .add("per_log_kin_mongolia", num("log-odds per unit ln(1+kin)", -20, 20), "kin in Mongolia")
                        .add("per_herd_lost", num("log-odds per share lost", -50, 50), "last winter's dzhut loss")
                        .add("per_decade_over_50", num("log-odds per decade", -20, 20), "age of the head above 50")
                        .add("per_press_hostility", num("log-odds per unit hostility", -20, 20), "press hostility")
                        .add("school_children", logOdds(), "children of school age")
                        .add("per_log_affordability", num("log-odds per unit ln ratio", -20, 20), "money at hand over cost")
                        .add("returned_before", logOdds(), "came back once already"), "the decision to leave")
                .add("return", new Spec.Fields()
                        .add("base", logOdds(), "log-odds with no driver and belonging 0.5")
                        .add("per_belonging", num("log-odds per unit belonging", -50, 50), "belonging above 0.5")
                        .add("per_log_kin_mongolia", num("log-odds per unit ln(1+kin)", -20, 20), "kin left in Mongolia")
                        .add("per_log_kin_kazakhstan", num("log-odds per unit ln(1+kin)", -20, 20), "kin in Kazakhstan")
                        .add("elderly", logOdds(), "head aged 60 or more")
                        .add("contract_ended", logOdds(), "work contract ends this year")
                        .add("per_press_hostility", num("log-odds per unit hostility", -20, 20), "press hostility")
                        .add("per_income_log_ratio", num("log-odds per unit ln ratio", -20, 20), "income here over back home")
                        .add("per_stateless_year", num("log-odds per year", -20, 20), "expected years of statelessness")
                        .add("benefits_due", logOdds(), "benefits still paid")
                        .add("per_year_in_kazakhstan", num("log-odds per year", -5, 5), "years settled, up to 15"), "the decision to return")
                .add("destination", new Spec.Fields()
                        .add("per_income_log", num("utility per unit ln income", -20, 20), "expected real income")
                        .add("per_log_kin", num("utility per unit ln(1+kin)", -20, 20), "kin living there")
                        .add("per_language_gap", num("utility per unit gap", -20, 20), "Russian missing there")
                        .add("per_thousand_usd", num("utility per 1000 USD", -10, 10), "regional bonus"), "where to settle")
                .add("belonging_weights", new Spec.Fields()
                        .add("ethnic", num("weight", 0, 100), "ethnic and cultural part")
                        .add("linguistic", num("weight", 0, 100), "linguistic part")
                        .add("soviet_past", num("weight", 0, 100), "shared upbringing part")
                        .add("lifestyle", num("weight", 0, 100), "urban lifestyle part")
                        .add("acceptance", num("weight", 0, 100), "social acceptance part"), "weights of belonging's parts")
                .add("belonging", new Spec.Fields()
                        .add("ethnic_base", share(), "ethnic belonging with a neutral press")
                        .add("ethnic_label_penalty", share(), "loss under a fully hostile press")
                        .add("adjustment_per_year", num("share/year", 0, 1), "share of a gap closed per year")
                        .add("acceptance_mixed", share(), "acceptance reached in mixed neighbourhoods")
                        .add("acceptance_cluster", share(), "acceptance reached in clusters")
                        .add("acceptance_new_district", share(), "acceptance reached in new districts")
                        .add("acceptance_fluency_gain", share(), "extra acceptance with full Russian")
                        .add("lifestyle_adjustment_per_year", num("share/year", 0, 1), "share of the gap to the region's way of life closed per year"),
                        "belonging over time")
                .add("language", new Spec.Fields()
                        .add("child_per_year", num("share/year", 0, 1), "Russian learnt by a child")
                        .add("adult_per_year", num("share/year", 0, 1), "Russian learnt by an adult under 50")
                        .add("elder_per_year", num("share/year", 0, 1), "Russian learnt at 50 or more")
                        .add("cluster_factor", share(), "learning among repatriates relative to mixed places"), "learning Russian")
                .add("income", new Spec.Fields()
                        .add("occupation_wage_factor", new Spec.Keyed<>(Occupation.class, o -> true, ratio(), true, false),
                                "wage of each occupation relative to the mean")
                        .add("language_penalty", share(), "pay lost with no Russian in an all-Russian region")
                        .add("credential_loss_share", share(), "pay professionals lose to unrecognised diplomas")
                        .add("herder_family_wage_share", share(), "share of a wage each further adult of a herding household earns"), "incomes")
                .add("migration", new Spec.Fields()
                        .add("mongolia_share_of_quota", share(), "share of the quota for households from Mongolia")
                        .add("quota_grant_probability", share(), "chance an applicant gets an open quota place")
                        .add("preparing_months_max", whole("months", 1, 60), "longest document preparation")
                        .add("contract_share", share(), "movers choosing a contract while contracts are open")
                        .add("phantom_registration_share", share(), "quota registrations that never cross")
                        .add("illicit_dual_passport_share", share(), "naturalising households keeping a Mongolian passport")
                        .add("cluster_share", share(), "quota and contract households housed in clusters")
                        .add("move_cost_base_usd", usd(), "cost of a move per household")
                        .add("move_cost_per_person_usd", usd(), "cost of a move per person")
                        .add("kin_support_usd_per_kin_household", usd(), "help a kin household in Kazakhstan offers")
                        .add("livestock_price_usd_per_sheep_unit", num("USD/sheep unit", 0.01, 10_000), "price of livestock when selling up")
                        .add("return_herd_share", share(), "savings a returning herder puts into a herd"), "the programme on the ground")
                .add("demography", new Spec.Fields()
                        .add("births_per_woman", new Spec.CurveSpec("births/woman", 0, 15), "total fertility by year")
                        .add("infant_death_probability", num("probability/year", 0, 1), "deaths in the first year")
                        .add("gompertz_a", num("probability/year", 0, 1), "adult mortality at age 0")
                        .add("gompertz_b", num("per year of age", 0, 1), "growth of mortality with age")
                        .add("marriage_probability", num("probability/year", 0, 1), "an unmarried man aged 20-34 marries")
                        .add("cross_border_marriage_share", share(), "marriages across the border")
                        .add("herd_share_to_new_household", share(), "share of a herd a son takes")
                        .add("cash_share_to_new_household", share(), "share of the parents' cash a son takes"), "births, deaths, marriages")
                .add("dzhut", new Spec.Fields()
                        .add("loss_spread", share(), "inequality of households' losses")
                        .add("random_from_year", whole("year", 1990, 2200), "first year of random dzhut winters")
                        .add("random_annual_probability", num("probability/year", 0, 1), "chance of a random dzhut")
                        .add("random_mean_loss_share", share(), "mean loss in a random dzhut")
                        .add("herd_growth_per_year", num("share/year", 0, 2), "herd growth in a normal year")
                        .add("herd_cap_sheep_units", num("sheep units", 1, 100_000), "largest manageable herd"), "winter shocks and herds");
    }

    /** A list of texts (event ids). */
    static final class TextList extends Spec {
        @Override String expected() { return "a list of event ids, e.g. [suspension-2012]"; }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SEQ)
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write [id-one, id-two]");
            List<String> out = new ArrayList<>();
            for (YNode item : n.seq) out.add((String) new Spec.Text().read(item, key, partial));
            return out;
        }
    }
}
