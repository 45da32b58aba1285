package live.studio.control;

/** A request the API answers with an error: the HTTP status, a message and the field at fault (or null). */
final class RequestRefused extends Exception {
    private final int status;
    private final String field;

    RequestRefused(int status, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
