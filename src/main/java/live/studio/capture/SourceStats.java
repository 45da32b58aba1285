package live.studio.capture;

/**
 * @param capturedCount pictures or audio chunks delivered since start
 * @param errorCount    read errors survived (a device that hiccups), not counting the fatal one
 * @param lastError     the newest error message, or empty
 */
public record SourceStats(long capturedCount, long errorCount, String lastError) {
    public static final SourceStats NONE = new SourceStats(0, 0, "");
}
