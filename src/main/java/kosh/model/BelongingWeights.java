package kosh.model;

import java.io.Serializable;

/** How much each part of belonging counts in the overall score (relative weights, >= 0). */
public record BelongingWeights(double ethnic, double linguistic, double sovietPast, double lifestyle, double acceptance) implements Serializable {
    public BelongingWeights {
        if (ethnic < 0 || linguistic < 0 || sovietPast < 0 || lifestyle < 0 || acceptance < 0)
            throw new IllegalArgumentException("belonging weights must be >= 0");
        if (ethnic + linguistic + sovietPast + lifestyle + acceptance <= 0)
            throw new IllegalArgumentException("at least one belonging weight must be > 0");
    }
}
