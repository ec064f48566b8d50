package kosh.model;

/**
 * The two economies over time: mean wages, living costs and unemployment. Mongolia's post-1991
 * collapse and Kazakhstan's oil-driven growth of the 2000s live in these curves.
 *
 * @param mongoliaWageUsdPerMonth       mean monthly wage in Mongolia, USD
 * @param kazakhstanWageUsdPerMonth     mean monthly wage in Kazakhstan, USD
 * @param mongoliaLivingCostUsdPerMonth monthly living cost of a household in Mongolia, USD
 * @param kazakhstanLivingCostUsdPerMonth monthly living cost of a household in Kazakhstan, USD
 * @param mongoliaUnemploymentShare     share of wage earners without work in Mongolia
 * @param kazakhstanUnemploymentShare   share of wage earners without work in Kazakhstan
 * @param livestockUsdPerSheepUnitYear  herders' yearly income per sheep unit of livestock, USD
 */
public record Economy(Curve mongoliaWageUsdPerMonth, Curve kazakhstanWageUsdPerMonth,
                      Curve mongoliaLivingCostUsdPerMonth, Curve kazakhstanLivingCostUsdPerMonth,
                      Curve mongoliaUnemploymentShare, Curve kazakhstanUnemploymentShare,
                      double livestockUsdPerSheepUnitYear) {

    public double wage(Country c, double year) {
        return c == Country.MONGOLIA ? mongoliaWageUsdPerMonth.at(year) : kazakhstanWageUsdPerMonth.at(year);
    }

    public double livingCost(Country c, double year) {
        return c == Country.MONGOLIA ? mongoliaLivingCostUsdPerMonth.at(year) : kazakhstanLivingCostUsdPerMonth.at(year);
    }

    public double unemployment(Country c, double year) {
        return Shares.clamp(c == Country.MONGOLIA ? mongoliaUnemploymentShare.at(year) : kazakhstanUnemploymentShare.at(year));
    }
}
