package live.studio.show.file;

/**
 * How big a show file may be. Checked before and while parsing, so that a huge or hostile file gives one clear problem
 * instead of an {@link OutOfMemoryError} or a {@link StackOverflowError}. A real show is far below every one of them:
 * the demo is 12 KB, 6 segments, 14 cues, nested 6 levels deep.
 */
public final class ShowLimits {
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 32;
    /** Host notes are the longest text of a show; 100,000 characters is an hour of prompter. */
    public static final int MAX_STRING_CHARS = 100_000;
    public static final int MAX_NUMBER_CHARS = 100;
    public static final int MAX_SEGMENTS = 500;
    public static final int MAX_CUES_PER_SEGMENT = 200;
    public static final int MAX_LAYOUTS = 100;

    private ShowLimits() {
    }
}
