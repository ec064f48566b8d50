package kosh.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What Kazakhstan's repatriation programme offers and demands at one moment: the terms a household
 * faces when it decides. Policy events change these terms; the model reads them and nothing else of
 * policy.
 *
 * @param quotaHouseholdsPerYear     annual quota for repatriate households from all countries
 * @param quotaOpenShare             share of the quota open for new entries (1 normal, 0 suspended)
 * @param nonQuotaEntryOpen          whether households may register outside the quota
 * @param quotaInKindUsdPerHousehold value of housing, stipend, livestock and jobs given to a quota household, USD
 * @param quotaLumpSumHeadUsd        one-time payment to a quota household's head, USD
 * @param quotaLumpSumMemberUsd      one-time payment per other member of a quota household, USD
 * @param quotaMoveCostCovered       whether the state pays the move itself for quota households
 * @param nonQuotaBenefitUsdPerPerson benefits a non-quota repatriate gets, USD per person
 * @param benefitYearsAfterCitizenship years repatriate benefits continue after naturalisation
 * @param contractsOpen              whether five-year work contracts are offered
 * @param contractYears              length of a work contract, years
 * @param contractBenefitUsdPerHousehold value of the job and housing a contract household is given, USD
 * @param naturalisationMonths       mean wait from registration to citizenship, months
 * @param dualCitizenshipAllowed     whether a naturalised repatriate may keep Mongolian citizenship
 * @param regainCitizenshipMonths    shortest time to regain Mongolian citizenship after giving up Kazakhstan's, months
 *                                   (each household's wait is drawn between this and 1.5 times it)
 * @param extraPreparingMonths       extra months of paperwork (e.g. certifying ethnicity), months
 * @param bigCitiesClosedToQuota     whether quota entrants are steered away from Almaty and Astana
 * @param newDistricts               whether quota entrants are housed in purpose-built districts
 * @param housingLoanYears           years a quota household is bound to its loan-financed house (0: none)
 * @param skillPreference            relative chance of a quota place for a household with higher education (1: none)
 * @param regionalBonusUsdPerPerson  extra payment per person for settling in a region type, USD
 * @param pressHostility             hostility of the press towards repatriates, in [0, 1]
 */
public record ProgrammeTerms(
        int quotaHouseholdsPerYear, double quotaOpenShare, boolean nonQuotaEntryOpen,
        double quotaInKindUsdPerHousehold, double quotaLumpSumHeadUsd, double quotaLumpSumMemberUsd,
        boolean quotaMoveCostCovered, double nonQuotaBenefitUsdPerPerson, int benefitYearsAfterCitizenship,
        boolean contractsOpen, int contractYears, double contractBenefitUsdPerHousehold,
        double naturalisationMonths, boolean dualCitizenshipAllowed, double regainCitizenshipMonths,
        double extraPreparingMonths,
        boolean bigCitiesClosedToQuota, boolean newDistricts, int housingLoanYears, double skillPreference,
        Map<RegionType, Double> regionalBonusUsdPerPerson, double pressHostility) implements Serializable {

    public ProgrammeTerms {
        regionalBonusUsdPerPerson = Collections.unmodifiableMap(new EnumMap<>(
                regionalBonusUsdPerPerson.isEmpty() ? new EnumMap<>(RegionType.class) : regionalBonusUsdPerPerson));
        if (quotaHouseholdsPerYear < 0) throw new IllegalArgumentException("quota must be >= 0");
        if (quotaOpenShare < 0 || quotaOpenShare > 1) throw new IllegalArgumentException("quotaOpenShare must be in [0, 1]");
        if (pressHostility < 0 || pressHostility > 1) throw new IllegalArgumentException("pressHostility must be in [0, 1]");
        if (naturalisationMonths <= 0) throw new IllegalArgumentException("naturalisationMonths must be > 0");
    }

    /** Quota benefits a household of {@code persons} receives in money and kind, USD. */
    public double quotaBenefitUsd(int persons) {
        return quotaInKindUsdPerHousehold + quotaLumpSumHeadUsd + quotaLumpSumMemberUsd * Math.max(0, persons - 1);
    }

    public double regionalBonusUsd(RegionType region, int persons) {
        return regionalBonusUsdPerPerson.getOrDefault(region, 0.0) * persons;
    }

    public Builder toBuilder() { return new Builder(this); }

    /** Mutable copy of the terms; each policy event sets the fields it names. */
    public static final class Builder {
        public int quotaHouseholdsPerYear;
        public double quotaOpenShare;
        public boolean nonQuotaEntryOpen;
        public double quotaInKindUsdPerHousehold, quotaLumpSumHeadUsd, quotaLumpSumMemberUsd;
        public boolean quotaMoveCostCovered;
        public double nonQuotaBenefitUsdPerPerson;
        public int benefitYearsAfterCitizenship;
        public boolean contractsOpen;
        public int contractYears;
        public double contractBenefitUsdPerHousehold;
        public double naturalisationMonths;
        public boolean dualCitizenshipAllowed;
        public double regainCitizenshipMonths, extraPreparingMonths;
        public boolean bigCitiesClosedToQuota, newDistricts;
        public int housingLoanYears;
        public double skillPreference;
        public final Map<RegionType, Double> regionalBonusUsdPerPerson = new EnumMap<>(RegionType.class);
        public double pressHostility;

        private Builder(ProgrammeTerms t) {
            quotaHouseholdsPerYear = t.quotaHouseholdsPerYear;
            quotaOpenShare = t.quotaOpenShare;
            nonQuotaEntryOpen = t.nonQuotaEntryOpen;
            quotaInKindUsdPerHousehold = t.quotaInKindUsdPerHousehold;
            quotaLumpSumHeadUsd = t.quotaLumpSumHeadUsd;
            quotaLumpSumMemberUsd = t.quotaLumpSumMemberUsd;
            quotaMoveCostCovered = t.quotaMoveCostCovered;
            nonQuotaBenefitUsdPerPerson = t.nonQuotaBenefitUsdPerPerson;
            benefitYearsAfterCitizenship = t.benefitYearsAfterCitizenship;
            contractsOpen = t.contractsOpen;
            contractYears = t.contractYears;
            contractBenefitUsdPerHousehold = t.contractBenefitUsdPerHousehold;
            naturalisationMonths = t.naturalisationMonths;
            dualCitizenshipAllowed = t.dualCitizenshipAllowed;
            regainCitizenshipMonths = t.regainCitizenshipMonths;
            extraPreparingMonths = t.extraPreparingMonths;
            bigCitiesClosedToQuota = t.bigCitiesClosedToQuota;
            newDistricts = t.newDistricts;
            housingLoanYears = t.housingLoanYears;
            skillPreference = t.skillPreference;
            regionalBonusUsdPerPerson.putAll(t.regionalBonusUsdPerPerson);
            pressHostility = t.pressHostility;
        }

        public ProgrammeTerms build() {
            return new ProgrammeTerms(quotaHouseholdsPerYear, quotaOpenShare, nonQuotaEntryOpen,
                    quotaInKindUsdPerHousehold, quotaLumpSumHeadUsd, quotaLumpSumMemberUsd, quotaMoveCostCovered,
                    nonQuotaBenefitUsdPerPerson, benefitYearsAfterCitizenship, contractsOpen, contractYears,
                    contractBenefitUsdPerHousehold,
                    naturalisationMonths, dualCitizenshipAllowed, regainCitizenshipMonths, extraPreparingMonths,
                    bigCitiesClosedToQuota, newDistricts, housingLoanYears, skillPreference,
                    regionalBonusUsdPerPerson, pressHostility);
        }
    }
}
