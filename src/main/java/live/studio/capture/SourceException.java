package live.studio.capture;

/** A source that cannot open: the message says what to fix, and names the devices that do exist. */
public class SourceException extends Exception {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
