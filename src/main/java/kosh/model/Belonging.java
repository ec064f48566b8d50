package kosh.model;

import java.io.Serializable;

/**
 * A household's sense of belonging to Kazakhstan, in the five parts the source article names; each
 * part is a score in [0, 1].
 *
 * @param ethnic     shared Kazakh language and customs, and being recognised as Kazakh
 * @param linguistic getting by in the region's language of daily life (Russian in most of Kazakhstan)
 * @param sovietPast a shared upbringing with local Kazakhs: none for adults from Mongolia, grows for
 *                   children schooled in Kazakhstan
 * @param lifestyle  fit with the urban, cosmopolitan lifestyle around them
 * @param acceptance being accepted rather than called "Mongolians"
 */
public record Belonging(double ethnic, double linguistic, double sovietPast, double lifestyle, double acceptance) implements Serializable {
    public Belonging {
        check("ethnic", ethnic);
        check("linguistic", linguistic);
        check("sovietPast", sovietPast);
        check("lifestyle", lifestyle);
        check("acceptance", acceptance);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
    }

    /** The overall score: a weighted mean of the parts, in [0, 1]. */
    public double total(BelongingWeights w) {
        double sum = w.ethnic() + w.linguistic() + w.sovietPast() + w.lifestyle() + w.acceptance();
        return (w.ethnic() * ethnic + w.linguistic() * linguistic + w.sovietPast() * sovietPast
                + w.lifestyle() * lifestyle + w.acceptance() * acceptance) / sum;
    }
}
