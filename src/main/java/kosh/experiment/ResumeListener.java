package kosh.experiment;

/**
 * Told how many runs a resumable experiment does now and how many it takes from an interrupted
 * earlier attempt, then each run done (for a progress bar).
 */
public interface ResumeListener {
    /**
     * @param toRun       runs this call will do
     * @param alreadyDone runs taken from the interrupted attempt
     * @param discarded   pieces that attempt left unfinished (a line cut short, a half-written folder), thrown away and run again
     */
    void started(int toRun, int alreadyDone, int discarded);

    /** {@code runsDone} of this call's runs are done. */
    void finished(int runsDone);
}
