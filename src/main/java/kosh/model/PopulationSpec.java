package kosh.model;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The distributions the 1990 population is drawn from.
 *
 * @param persons                    people to create in total
 * @param placeShares                share of people in each Mongolian region type (sums to 1)
 * @param headAgeMeanYears           mean age of household heads, years
 * @param headAgeSdYears             its standard deviation, years
 * @param spouseShare                share of heads living with a spouse
 * @param childrenMean               mean number of children per household
 * @param elderShare                 share of households with an elderly parent living in
 * @param occupationRural            occupation mix of heads in rural places (shares)
 * @param occupationUrban            occupation mix of heads in urban places (shares)
 * @param higherEducationShare       share of heads with higher education, by occupation
 * @param primaryShareOfRest         share with only primary schooling among the others
 * @param herdMedianHerderSheepUnits median herd of a herding household, sheep units
 * @param herdMedianOtherSheepUnits  median herd of another household, sheep units
 * @param herdSigma                  log-normal spread of herd sizes
 * @param cashMedianUsd              median cash savings of a household, USD
 * @param cashSigma                  log-normal spread of savings
 * @param russianFluentShareHigher   share of adults with higher education who speak Russian well
 * @param russianFluentShareOther    share of other adults who speak Russian well
 * @param kazakhFluentShare          share of people who speak Kazakh as a first language
 * @param mongolianFluentShareUrban  share of adults in urban places who speak Mongolian well
 * @param mongolianFluentShareRural  share of adults in rural places who speak Mongolian well
 * @param lineages                   number of patrilineal kin groups
 * @param kinTiesPerHousehold        lineage ties drawn per household
 * @param marriageTiesPerHousehold   ties by marriage to other lineages drawn per household
 */
public record PopulationSpec(int persons, Map<RegionType, Double> placeShares, double headAgeMeanYears,
                             double headAgeSdYears, double spouseShare, double childrenMean, double elderShare,
                             Map<Occupation, Double> occupationRural, Map<Occupation, Double> occupationUrban,
                             Map<Occupation, Double> higherEducationShare, double primaryShareOfRest,
                             double herdMedianHerderSheepUnits, double herdMedianOtherSheepUnits, double herdSigma,
                             double cashMedianUsd, double cashSigma, double russianFluentShareHigher,
                             double russianFluentShareOther, double kazakhFluentShare,
                             double mongolianFluentShareUrban, double mongolianFluentShareRural, int lineages, int kinTiesPerHousehold,
                             int marriageTiesPerHousehold) implements Serializable {
    public PopulationSpec {
        placeShares = new EnumMap<>(placeShares);
        occupationRural = new EnumMap<>(occupationRural);
        occupationUrban = new EnumMap<>(occupationUrban);
        higherEducationShare = new EnumMap<>(higherEducationShare);
        for (RegionType r : placeShares.keySet())
            if (r.country() != Country.MONGOLIA) throw new IllegalArgumentException(r.key() + " is not in Mongolia");
        if (persons < 1) throw new IllegalArgumentException("persons must be >= 1");
        if (lineages < 1) throw new IllegalArgumentException("lineages must be >= 1");
    }
}
