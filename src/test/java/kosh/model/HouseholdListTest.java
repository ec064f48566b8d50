package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The world's household list: founding order kept, removals in one pass, read-only to the outside. */
class HouseholdListTest {

    private static Household household(int id) {
        return new Household(id, 0, Occupation.WORKER, Education.SECONDARY, 0, 0, Baseline.place(RegionType.ULGII_CITY), 0.5);
    }

    @Test
    void removingAnySubsetLeavesTheOthersInOrderWithTheirIds() {
        SplittableRandom r = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            HouseholdList list = new HouseholdList();
            List<Household> expected = new ArrayList<>(), gone = new ArrayList<>();
            int n = r.nextInt(0, 3000); // past the first growth of the arrays
            for (int id = 0; id < n; id++) {
                Household h = household(2 * id + r.nextInt(2)); // ascending, with gaps
                list.append(h);
                if (r.nextInt(4) == 0) gone.add(h);
                else expected.add(h);
            }
            list.removeAll(gone);
            assertEquals(expected, list);
            for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i).id(), list.idAt(i));
        }
    }

    @Test
    void misuseIsRefused() {
        HouseholdList list = new HouseholdList();
        list.append(household(3));
        assertThrows(IllegalArgumentException.class, () -> list.append(household(3)), "ids must ascend");
        assertThrows(IllegalStateException.class, () -> list.removeAll(List.of(household(5))), "not listed");
        assertThrows(IllegalStateException.class, () -> list.removeAll(List.of(household(3))), "same id, another household");
        assertThrows(UnsupportedOperationException.class, () -> list.add(household(9)), "read-only to the outside");
        assertThrows(IndexOutOfBoundsException.class, () -> list.idAt(1));
        Iterator<Household> it = list.iterator();
        list.append(household(4));
        assertThrows(ConcurrentModificationException.class, it::next, "iterators fail fast after a change");
    }
}
