package live.studio.show.runsheet;

/** Whether someone runs the show at the keyboard. */
public enum Staffing {
    /** An operator moves on from manual segments and says "go" to go cues. */
    OPERATOR,
    /**
     * Nobody is there (headless {@code --show}): manual segments end at their planned duration like automatic ones,
     * so a scripted show runs to its end by itself. Go cues still wait for a {@code cue.go} (from the API).
     */
    UNATTENDED
}
