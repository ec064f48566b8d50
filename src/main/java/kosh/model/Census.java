package kosh.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A full count of the world, taken household by household (by whoever walks them, e.g. the yearly
 * observer), that checks the bookkeeping kept up to date as households change: households and
 * persons by legal state, the households that progress monthly (and the repatriates among them, on
 * contract or not), the households deciding in each month, the ids and lineages the world keeps for
 * the bride search and which households may have brides, and the kin counts of a share of the
 * households. {@link #check} throws {@link IllegalStateException} on any difference.
 */
public final class Census implements Serializable {
    private static final LegalStatus[] STATES = LegalStatus.values();
    private final World world;
    private final int kinShare, kinRound;
    private final long[] households = new long[STATES.length], persons = new long[STATES.length];
    private final int[] deciding = new int[12];
    private int progressing, inKazakhstan, repatriates, onContract, counted;
    private long women, wives;

    /**
     * @param kinShare recount the kin of one household in {@code kinShare} (1: all)
     * @param kinRound which of them: those whose id is {@code kinRound} modulo {@code kinShare}
     */
    Census(World world, int kinShare, int kinRound) {
        if (kinShare < 1) throw new IllegalArgumentException("kinShare must be >= 1, was " + kinShare);
        this.world = world;
        this.kinShare = kinShare;
        this.kinRound = Math.floorMod(kinRound, kinShare);
    }

    /** Counts one living household of the world; they are counted in the world's order. */
    public void count(Household h) {
        // Read before anything reads the members (which sets the flag afresh).
        boolean mayHaveBrides = world.register().mayHaveBrides(h.id());
        if (counted >= world.households().size() || world.idAt(counted) != h.id())
            throw new IllegalStateException("bookkeeping drifted: household " + h.id() + " is not where the world's ids say");
        int s = h.status().ordinal();
        households[s]++;
        persons[s] += h.size();
        deciding[h.decisionMonth() - 1]++;
        counted++;
        women += h.womenAged18To44();
        wives += h.wivesAged18To44();
        boolean progresses = StatusRegister.progresses(h.status()), kazakhstan = h.country() == Country.KAZAKHSTAN;
        if (progresses) progressing++;
        if (kazakhstan) inKazakhstan++;
        boolean repatriate = h.status() == LegalStatus.REPATRIATE, contract = repatriate && h.route() == Route.CONTRACT;
        if (repatriate) repatriates++;
        if (contract) onContract++;
        StatusRegister r = world.register();
        if (progresses != r.isProgressing(h.id()) || kazakhstan != r.isInKazakhstan(h.id())
                || repatriate != r.isRepatriate(h.id()) || contract != r.isRepatriateOnContract(h.id()))
            throw new IllegalStateException("bookkeeping drifted: household " + h.id() + " (" + h.status().key()
                    + ") is misfiled among households progressing, in Kazakhstan, repatriate or on contract");
        if (h.brides() > 0 && !mayHaveBrides)
            throw new IllegalStateException("bookkeeping drifted: household " + h.id() + " has brides the register does not know of");
        if (world.lineageOf(h.id()) != h.lineage())
            throw new IllegalStateException("bookkeeping drifted: household " + h.id() + " filed under lineage " + world.lineageOf(h.id()));
        if (h.id() % kinShare == kinRound && !Arrays.equals(world.kinByRegion(h.id()), world.kinByRegionRecounted(h.id())))
            throw new IllegalStateException("bookkeeping drifted: kin of household " + h.id() + " by region counted "
                    + Arrays.toString(world.kinByRegionRecounted(h.id())) + ", kept " + Arrays.toString(world.kinByRegion(h.id())));
    }

    /** Compares the counts with what the world keeps; throws {@link IllegalStateException} on a difference. */
    public void check() {
        StatusRegister register = world.register();
        if (counted != world.households().size()) throw drift("households", counted, world.households().size());
        for (LegalStatus s : STATES) {
            if (households[s.ordinal()] != register.households(s))
                throw drift("households " + s.key(), households[s.ordinal()], register.households(s));
            if (persons[s.ordinal()] != register.persons(s)) throw drift("persons " + s.key(), persons[s.ordinal()], register.persons(s));
        }
        if (progressing != register.progressingCount()) throw drift("progressing households", progressing, register.progressingCount());
        if (inKazakhstan != register.inKazakhstanCount()) throw drift("households in Kazakhstan", inKazakhstan, register.inKazakhstanCount());
        if (repatriates != register.repatriateCount()) throw drift("repatriate households", repatriates, register.repatriateCount());
        if (onContract != register.repatriateOnContractCount())
            throw drift("repatriate households on contract", onContract, register.repatriateOnContractCount());
        if (women != register.womenAged18To44()) throw drift("women aged 18-44", women, register.womenAged18To44());
        if (wives != register.wivesAged18To44()) throw drift("wives aged 18-44", wives, register.wivesAged18To44());
        for (int m = 1; m <= 12; m++)
            if (deciding[m - 1] != world.decidingIn(m).size())
                throw drift("households deciding in month " + m, deciding[m - 1], world.decidingIn(m).size());
    }

    private static IllegalStateException drift(String what, long counted, long kept) {
        return new IllegalStateException("bookkeeping drifted: " + what + " counted " + counted + ", kept " + kept);
    }
}
