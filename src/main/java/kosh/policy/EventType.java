package kosh.policy;

import static kosh.policy.Parameter.flag;
import static kosh.policy.Parameter.integer;
import static kosh.policy.Parameter.number;
import static kosh.policy.Parameter.region;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import kosh.model.ProgrammeTerms;

/**
 * The kinds of policy event a scenario can hold, each with its parameters (key, unit, range) and
 * the programme terms it sets. An optional parameter an event leaves out keeps its earlier value.
 */
public enum EventType {
    QUOTA_SIZE("annual quota of repatriate households (all countries)",
            List.of(integer("households_per_year", "households/year", 0, 100_000, true, "annual quota for all countries of origin")),
            (v, b) -> b.quotaHouseholdsPerYear = v.integer("households_per_year")),

    BENEFIT_PACKAGE("benefits for repatriates",
            List.of(number("in_kind_usd_per_household", "USD", 0, 100_000, false, "housing, stipend, livestock and jobs for a quota household"),
                    number("lump_sum_head_usd", "USD", 0, 100_000, false, "one-time payment to a quota household's head"),
                    number("lump_sum_member_usd", "USD", 0, 100_000, false, "one-time payment per other quota household member"),
                    flag("move_cost_covered", false, "whether the state pays a quota household's move"),
                    number("non_quota_usd_per_person", "USD", 0, 100_000, false, "benefits per person outside the quota"),
                    flag("non_quota_entry", false, "whether households may register outside the quota"),
                    integer("years_after_citizenship", "years", 0, 50, false, "years benefits continue after naturalisation")),
            (v, b) -> {
                if (v.number("in_kind_usd_per_household") != null) b.quotaInKindUsdPerHousehold = v.number("in_kind_usd_per_household");
                if (v.number("lump_sum_head_usd") != null) b.quotaLumpSumHeadUsd = v.number("lump_sum_head_usd");
                if (v.number("lump_sum_member_usd") != null) b.quotaLumpSumMemberUsd = v.number("lump_sum_member_usd");
                if (v.flag("move_cost_covered") != null) b.quotaMoveCostCovered = v.flag("move_cost_covered");
                if (v.number("non_quota_usd_per_person") != null) b.nonQuotaBenefitUsdPerPerson = v.number("non_quota_usd_per_person");
                if (v.flag("non_quota_entry") != null) b.nonQuotaEntryOpen = v.flag("non_quota_entry");
                if (v.integer("years_after_citizenship") != null) b.benefitYearsAfterCitizenship = v.integer("years_after_citizenship");
            }),

    CITIZENSHIP_RULE("rules of naturalisation and citizenship",
            List.of(number("naturalisation_months", "months", 1, 600, false, "mean wait from registration to citizenship"),
                    flag("dual_citizenship_allowed", false, "whether repatriates may keep Mongolian citizenship"),
                    number("regain_mn_citizenship_months", "months", 0, 600, false, "shortest time to regain Mongolian citizenship (waits drawn up to 1.5 times it)"),
                    number("extra_preparing_months", "months", 0, 60, false, "extra paperwork before leaving, e.g. certifying ethnicity")),
            (v, b) -> {
                if (v.number("naturalisation_months") != null) b.naturalisationMonths = v.number("naturalisation_months");
                if (v.flag("dual_citizenship_allowed") != null) b.dualCitizenshipAllowed = v.flag("dual_citizenship_allowed");
                if (v.number("regain_mn_citizenship_months") != null) b.regainCitizenshipMonths = v.number("regain_mn_citizenship_months");
                if (v.number("extra_preparing_months") != null) b.extraPreparingMonths = v.number("extra_preparing_months");
            }),

    CONTRACT_PROGRAMME("five-year work contracts",
            List.of(flag("open", true, "whether contracts are offered"),
                    integer("contract_years", "years", 1, 30, false, "length of a contract"),
                    number("benefit_usd_per_household", "USD", 0, 100_000, false, "value of the job and housing provided")),
            (v, b) -> {
                b.contractsOpen = v.flag("open");
                if (v.integer("contract_years") != null) b.contractYears = v.integer("contract_years");
                if (v.number("benefit_usd_per_household") != null) b.contractBenefitUsdPerHousehold = v.number("benefit_usd_per_household");
            }),

    SETTLEMENT_PROGRAMME("where and how quota households are settled",
            List.of(flag("big_cities_closed_to_quota", false, "steer quota households away from Almaty and Astana"),
                    flag("new_districts", false, "house quota households in purpose-built districts"),
                    integer("housing_loan_years", "years", 0, 50, false, "years a household is bound to its loan-financed house"),
                    number("skill_preference", "ratio", 0.1, 10, false, "relative chance of a quota place with higher education")),
            (v, b) -> {
                if (v.flag("big_cities_closed_to_quota") != null) b.bigCitiesClosedToQuota = v.flag("big_cities_closed_to_quota");
                if (v.flag("new_districts") != null) b.newDistricts = v.flag("new_districts");
                if (v.integer("housing_loan_years") != null) b.housingLoanYears = v.integer("housing_loan_years");
                if (v.number("skill_preference") != null) b.skillPreference = v.number("skill_preference");
            }),

    SUSPENSION("quota suspended: no new quota entries", List.of(),
            (v, b) -> b.quotaOpenShare = 0),

    RESUMPTION("quota resumed",
            List.of(number("open_share", "share", 0, 1, true, "share of the quota reopened")),
            (v, b) -> b.quotaOpenShare = v.number("open_share")),

    REGIONAL_INCENTIVE("extra payment for settling in a region",
            List.of(region("region", "the Kazakhstani region type"),
                    number("bonus_usd_per_person", "USD", 0, 100_000, true, "extra payment per person")),
            (v, b) -> b.regionalBonusUsdPerPerson.put(v.region("region"), v.number("bonus_usd_per_person"))),

    PRESS_CLIMATE("hostility of the press towards repatriates",
            List.of(number("hostility", "share", 0, 1, true, "0 neutral, 1 uniformly hostile")),
            (v, b) -> b.pressHostility = v.number("hostility")),

    DZHUT("dzhut winter: herders lose livestock",
            List.of(number("loss_share", "share", 0, 1, true, "mean share of the livestock of households in Mongolia lost")),
            (v, b) -> { });

    private final String summary;
    private final List<Parameter> parameters;
    private final BiConsumer<EventValues, ProgrammeTerms.Builder> apply;

    EventType(String summary, List<Parameter> parameters, BiConsumer<EventValues, ProgrammeTerms.Builder> apply) {
        this.summary = summary;
        this.parameters = parameters;
        this.apply = apply;
    }

    /** The name scenario files use, e.g. {@code quota_size}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    public String summary() { return summary; }

    public List<Parameter> parameters() { return parameters; }

    void apply(EventValues v, ProgrammeTerms.Builder b) { apply.accept(v, b); }

    /** The type with this scenario-file name, or null. */
    public static EventType byKey(String key) {
        for (EventType t : values()) if (t.key().equals(key)) return t;
        return null;
    }

    /** Builds an event of this type from validated values. */
    public PolicyEvent create(String id, java.time.LocalDate date, EventValues values, String description) {
        return this == DZHUT ? new DzhutWinter(id, date, values, description)
                : new TermsEvent(id, date, this, values, description);
    }
}
