package kosh.model;

import java.util.Locale;

/**
 * How a household was settled in Kazakhstan. Clusters (1990s housing left by departed Germans and
 * Russians) and Nurly Kosh's new districts keep repatriates among themselves and slow integration.
 */
public enum SettlementType {
    CLUSTER, NEW_DISTRICT, MIXED_RURAL, MIXED_URBAN;

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
