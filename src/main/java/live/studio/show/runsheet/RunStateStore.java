package live.studio.show.runsheet;

/**
 * Where the cue engine saves its run as it changes. Called under the show controller's lock: hand the writing to
 * your own thread and return at once.
 */
@FunctionalInterface
public interface RunStateStore {
    void save(RunState state);

    /** Keeps nothing (tests, a studio without a settings folder). */
    static RunStateStore none() {
        return state -> { };
    }
}
