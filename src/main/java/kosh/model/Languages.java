package kosh.model;

import java.io.Serializable;

/**
 * Fluency in the three languages of the region, each a share in [0, 1]: 0 none, 1 native-like.
 * Nearly all Mongolian Kazakhs speak Kazakh, many speak Mongolian, few speak Russian.
 */
public record Languages(double kazakh, double mongolian, double russian) implements Serializable {
    public Languages {
        kazakh = Shares.clamp(kazakh);
        mongolian = Shares.clamp(mongolian);
        russian = Shares.clamp(russian);
    }

    public Languages withRussian(double fluency) { return new Languages(kazakh, mongolian, fluency); }
}
