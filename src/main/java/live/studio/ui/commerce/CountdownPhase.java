package live.studio.ui.commerce;

/** Where the flash-sale countdown is, as the show controller has it. */
public enum CountdownPhase {
    /** None on air: the display shows the length Start would give. */
    IDLE,
    RUNNING,
    /** At zero, reading "Deal over" for a moment before it leaves the air. */
    ENDED
}
