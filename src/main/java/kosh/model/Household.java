package kosh.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One household of Mongolian Kazakhs: the agent. It holds its members, livelihood, place, legal
 * state and belonging; the processes in this package change it.
 */
public final class Household implements Serializable {
    private final int id;
    private final int lineage;
    private final Members members = new Members();
    /** members.size(), kept here because censuses read it for every household every month. */
    private int size;
    /**
     * What is read off the members (see {@link MemberSummary}), kept in the household itself so that a
     * decision finds it beside the household's other fields. Valid while {@code membersKnown}: a member
     * joining, leaving or changing clears it.
     */
    private boolean membersKnown;
    private double meanKazakh, meanMongolian, meanRussian, sharedUpbringingShare;
    private int earners, head, headAge, womenAged18To44, wivesAged18To44, brides;
    private boolean schoolChildren;
    /** The register of the world this household lives in (null before it is added to one). */
    private StatusRegister register;
    private Occupation occupation;
    private Education education;
    private double livestockSheepUnits;
    private double cashUsd;
    private Place place;
    private final Place homeInMongolia;
    private double urbanHabit;

    private LegalStatus status = LegalStatus.IN_MONGOLIA;
    private Route route;
    private SettlementType settlement;
    /** Months left in the current step (preparing, stateless) while not registered; the register keeps them after that. */
    private int monthsLeftInStep;
    private int yearsInKazakhstan;
    private int arrivalYear;
    private int contractEndYear;
    private boolean dualPassport;
    /** The month (see {@code Migration.monthIndex}) repatriate benefits kept after naturalisation stop; 0: none due. */
    private int benefitsEndMonth;
    private int boundToHouseUntilYear;
    private boolean returnedBefore;
    private double lastHerdLossShare;
    private int decisionMonth = 1;
    private Belonging belonging;
    /** Route granted while preparing: quota place or not. */
    private Route pendingRoute;

    public Household(int id, int lineage, Occupation occupation, Education education, double livestockSheepUnits,
                     double cashUsd, Place place, double urbanHabit) {
        if (place.country() != Country.MONGOLIA) throw new IllegalArgumentException("households start in Mongolia");
        this.id = id;
        this.lineage = lineage;
        this.occupation = occupation;
        this.education = education;
        this.livestockSheepUnits = Math.max(0, livestockSheepUnits);
        this.cashUsd = cashUsd;
        this.place = place;
        this.homeInMongolia = place;
        this.urbanHabit = Shares.clamp(urbanHabit);
    }

    /**
     * A new household founded at marriage by a son of {@code parent}: same lineage, place and legal
     * situation, a share of the herd and of the cash; members are added by the caller.
     */
    static Household foundedBy(int id, Household parent, double herdShare, double cashShare, int decisionMonth) {
        double herd = parent.livestockSheepUnits * herdShare;
        parent.setLivestock(parent.livestockSheepUnits - herd);
        double cash = Math.max(0, parent.cashUsd) * cashShare;
        parent.addCash(-cash);
        Household h = new Household(id, parent.lineage, parent.occupation, parent.education, herd, cash,
                parent.homeInMongolia, parent.urbanHabit);
        h.place = parent.place;
        // A son does not inherit his parents' preparations to leave: his household is where they were before.
        LegalStatus beforePreparing = parent.returnedBefore ? LegalStatus.RETURNED : LegalStatus.IN_MONGOLIA;
        h.status = parent.status == LegalStatus.PREPARING ? beforePreparing : parent.status;
        h.route = parent.route;
        h.settlement = parent.settlement;
        h.monthsLeftInStep = h.status == LegalStatus.STATELESS ? parent.monthsLeftInStep() : 0;
        h.yearsInKazakhstan = parent.yearsInKazakhstan;
        h.arrivalYear = parent.arrivalYear;
        h.contractEndYear = parent.contractEndYear;
        h.dualPassport = parent.dualPassport;
        h.returnedBefore = parent.returnedBefore;
        h.belonging = parent.belonging;
        h.decisionMonth = decisionMonth;
        return h;
    }

    public int id() { return id; }
    public int lineage() { return lineage; }
    /** The members, in member order, as values (a copy: changing the household does not change it). */
    public List<Person> members() {
        List<Person> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(members.person(i));
        return Collections.unmodifiableList(out);
    }
    public int size() { return size; }
    public Occupation occupation() { return occupation; }
    public Education education() { return education; }
    public double livestockSheepUnits() { return livestockSheepUnits; }
    public double cashUsd() { return cashUsd; }
    public Place place() { return place; }
    public Place homeInMongolia() { return homeInMongolia; }
    public Country country() { return status.country(); }
    public double urbanHabit() { return urbanHabit; }
    public LegalStatus status() { return status; }
    public Route route() { return route; }
    public Route pendingRoute() { return pendingRoute; }
    public SettlementType settlement() { return settlement; }
    public int monthsLeftInStep() { return register != null ? register.monthsLeft(id) : monthsLeftInStep; }
    public int yearsInKazakhstan() { return yearsInKazakhstan; }
    public int arrivalYear() { return arrivalYear; }
    public int contractEndYear() { return contractEndYear; }
    public boolean dualPassport() { return dualPassport; }
    /** The month index ({@code 12 * year + month - 1}) from which benefits kept after naturalisation are no longer paid; 0 if none. */
    public int benefitsEndMonth() { return benefitsEndMonth; }
    public int boundToHouseUntilYear() { return boundToHouseUntilYear; }
    public boolean returnedBefore() { return returnedBefore; }
    public double lastHerdLossShare() { return lastHerdLossShare; }
    public int decisionMonth() { return decisionMonth; }
    public Belonging belonging() { return belonging; }

    /** The head, or the oldest member if the head has died (null without members). */
    public Person head() { return size == 0 ? null : members.person(known().head); }

    public int headAge() { return known().headAge; }

    public double meanRussianFluency() { return known().meanRussian; }

    /** Mean fluency of the members in each language. */
    public Languages languages() { return new Languages(meanKazakh(), meanMongolian(), meanRussianFluency()); }

    /** Mean fluency of the members in Kazakh. */
    double meanKazakh() { return known().meanKazakh; }

    /** Mean fluency of the members in Mongolian. */
    double meanMongolian() { return known().meanMongolian; }

    /** Whether a member is of school age (6 to 17). */
    public boolean hasSchoolChildren() { return known().schoolChildren; }

    /** Members aged 18 to 62, at least 1. */
    public int earners() { return known().earners; }

    /** Mean over members of school years spent in Kazakhstan / 10, capped at 1. */
    public double sharedUpbringingShare() { return known().sharedUpbringingShare; }

    /** Unmarried daughters aged 18 to 32. */
    int brides() { return known().brides; }

    /** Women aged 18 to 44. */
    int womenAged18To44() { return known().womenAged18To44; }

    /** Married women aged 18 to 44. */
    int wivesAged18To44() { return known().wivesAged18To44; }

    /** What is read off the members now, as one value. */
    MemberSummary summary() {
        known();
        return new MemberSummary(meanKazakh, meanMongolian, meanRussian, earners, schoolChildren, head, headAge,
                sharedUpbringingShare, womenAged18To44, wivesAged18To44, brides);
    }

    /** This household, once what is read off its members is up to date. */
    private Household known() {
        if (!membersKnown) keep(MemberSummary.Reader.of(members));
        return this;
    }

    private void keep(MemberSummary.Reader s) {
        meanKazakh = s.kazakh();
        meanMongolian = s.mongolian();
        meanRussian = s.russian();
        earners = s.earners();
        schoolChildren = s.schoolChildren();
        head = s.head();
        headAge = s.headAge();
        sharedUpbringingShare = s.sharedUpbringingShare();
        womenAged18To44 = s.womenAged18To44();
        wivesAged18To44 = s.wivesAged18To44();
        brides = s.brides();
        membersKnown = true;
        if (register != null) register.bridesRead(id, brides);
    }

    // --- changes, made by the processes of this package ---

    /** Takes what a pass over the members read off them, in member order, after its last change to them. */
    void membersRead(MemberSummary.Reader s) { keep(s); }

    /** The members themselves, for reading them by index within this package (changed only through this household). */
    Members memberData() { return members; }

    void addMember(Person p) {
        members.add(p);
        resized(1, p.childbearing());
        if (register != null) register.mayHaveBride(id);
    }

    /** Removes the first member equal to {@code p}; false if there is none. */
    boolean removeMember(Person p) {
        for (int i = 0; i < size; i++)
            if (members.person(i).equals(p)) {
                removeMember(i);
                return true;
            }
        return false;
    }

    /** Removes the member at {@code index} and returns it. */
    Person removeMember(int index) {
        Person p = members.person(index);
        dropMember(index);
        return p;
    }

    /** Removes the member at {@code index}, when the caller needs nothing of it. */
    void dropMember(int index) {
        int childbearing = members.childbearing(index);
        members.remove(index);
        resized(-1, childbearing);
    }

    /**
     * A demographic year for every member in one pass (see {@link Members#liveYear}): some die, the
     * rest turn a year older and are read into {@code into}. The register hears at once of the
     * deaths and of the women turning 18 or 45. The caller hands {@code into} to {@link #membersRead}
     * once done (which also tells the register whether a daughter who turned 18 made a bride).
     */
    void liveYear(RandomGenerator rng, double[] deathByAge, DemographyParameters beyondTable, MemberSummary.Reader into,
                  Members.Year out) {
        membersKnown = false;
        members.liveYear(rng, deathByAge, beyondTable, into, out);
        size = members.size();
        if (register != null) {
            if (out.deaths > 0) register.resized(this, -out.deaths);
            if (out.women != 0 || out.wives != 0) register.childbearingCounted(out.women, out.wives);
        }
    }

    void marry(int i) {
        int before = members.childbearing(i);
        members.marry(i);
        memberChanged(before, members.childbearing(i));
    }

    void setRole(int i, Person.Role role) {
        members.setRole(i, role);
        membersKnown = false;
        if (register != null) register.mayHaveBride(id);
    }

    void setRussianFluency(int i, double fluency) {
        members.setRussian(i, Shares.clamp(fluency));
        membersKnown = false;
    }

    void addSchoolYearInKazakhstan(int i) {
        members.addSchoolYearInKazakhstan(i);
        membersKnown = false;
    }

    private void memberChanged(int childbearingBefore, int childbearingAfter) {
        membersKnown = false;
        // A marriage outside ages 18 to 44 changes nothing the register counts.
        if (register != null && childbearingAfter != childbearingBefore)
            register.childbearingChanged(childbearingBefore, childbearingAfter);
    }

    private void resized(int change, int childbearing) {
        size = members.size();
        membersKnown = false;
        if (register != null) {
            register.resized(this, change);
            if (change > 0) register.childbearingChanged(0, childbearing);
            else register.childbearingChanged(childbearing, 0);
        }
    }

    /**
     * Reads a field from each cache line of this household and its belonging (fields 40 to 50 bytes
     * apart in HotSpot's layout), for a caller that brings a batch of households into the cache at
     * once: their reads from memory then overlap instead of waiting one after another. The sum means
     * nothing; the caller keeps it so that the reads are not optimised away.
     */
    int warm() {
        Belonging b = belonging;
        return id + (int) cashUsd + size + boundToHouseUntilYear + (status == null ? 0 : 1) + (b == null ? 0 : (int) b.ethnic());
    }

    /** {@link #warm}, and the members' arrays too. */
    int warmWithMembers() { return warm() + members.warm(); }

    /** Joins the register of the world it is added to (null: leaves it), which keeps its step's months while it is there. */
    void register(StatusRegister r) {
        if (register != null) monthsLeftInStep = register.monthsLeft(id);
        if (r != null) r.setMonthsLeft(id, monthsLeftInStep);
        register = r;
    }

    void setStatus(LegalStatus s) {
        if (register != null) register.moved(this, status, s);
        status = s;
    }
    void setRoute(Route r) {
        route = r;
        if (register != null) register.routeChanged(this);
    }
    void setPendingRoute(Route r) { pendingRoute = r; }
    void setSettlement(SettlementType s) { settlement = s; }
    void setPlace(Place p) { place = p; }
    void setMonthsLeftInStep(int m) {
        if (register != null) register.setMonthsLeft(id, m);
        else monthsLeftInStep = m;
    }
    void setYearsInKazakhstan(int y) { yearsInKazakhstan = y; }
    void setArrivalYear(int y) { arrivalYear = y; }
    void setContractEndYear(int y) { contractEndYear = y; }
    void setDualPassport(boolean d) { dualPassport = d; }
    void setBenefitsEndMonth(int m) { benefitsEndMonth = m; }
    void setBoundToHouseUntilYear(int y) { boundToHouseUntilYear = y; }
    void markReturned() { returnedBefore = true; }
    void setLastHerdLossShare(double s) { lastHerdLossShare = Shares.clamp(s); }
    void setDecisionMonth(int m) {
        if (register != null) throw new IllegalStateException("the decision month is fixed once the household is in a world");
        decisionMonth = m;
    }
    void setBelonging(Belonging b) { belonging = b; }
    void setOccupation(Occupation o) { occupation = o; }
    void setLivestock(double sheepUnits) { livestockSheepUnits = Math.max(0, sheepUnits); }
    void addCash(double usd) { cashUsd += usd; }
    void setUrbanHabit(double h) { urbanHabit = Shares.clamp(h); }
}
