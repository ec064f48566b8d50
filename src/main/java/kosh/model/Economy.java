package kosh.model;

import java.io.Serializable;

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
                      double livestockUsdPerSheepUnitYear) implements Serializable {

    /** The economy in one year, read off the curves once so that hot loops need not. */
    public Conditions at(double year) {
        return new Conditions(mongoliaWageUsdPerMonth.at(year), kazakhstanWageUsdPerMonth.at(year),
                mongoliaLivingCostUsdPerMonth.at(year), kazakhstanLivingCostUsdPerMonth.at(year),
                Shares.clamp(mongoliaUnemploymentShare.at(year)), Shares.clamp(kazakhstanUnemploymentShare.at(year)),
                livestockUsdPerSheepUnitYear);
    }

    /** Wages (USD/month), living costs (USD/month) and unemployment (share) of both countries in one year. */
    public record Conditions(double wageMongolia, double wageKazakhstan, double livingCostMongolia,
                             double livingCostKazakhstan, double unemploymentMongolia, double unemploymentKazakhstan,
                             double livestockUsdPerSheepUnitYear) implements Serializable {
        public double wage(Country c) { return c == Country.MONGOLIA ? wageMongolia : wageKazakhstan; }
        public double livingCost(Country c) { return c == Country.MONGOLIA ? livingCostMongolia : livingCostKazakhstan; }
        public double unemployment(Country c) { return c == Country.MONGOLIA ? unemploymentMongolia : unemploymentKazakhstan; }
    }

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
