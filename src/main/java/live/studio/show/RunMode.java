package live.studio.show;

/** Whether a run of the show reaches the audience. */
public enum RunMode {
    /** The show for real: cues may go live and record. */
    LIVE,
    /**
     * The whole show with the outputs off: graphics render in the preview, but no {@code stream.start} or
     * {@code record.start} reaches the outputs, whoever sends it.
     */
    REHEARSAL;

    /** The name commands and files use: {@code live}, {@code rehearsal}. */
    public String commandName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<RunMode> byCommandName(String name) {
        for (RunMode mode : values()) {
            if (mode.commandName().equals(name)) {
                return java.util.Optional.of(mode);
            }
        }
        return java.util.Optional.empty();
    }
}
