package live.studio.show;

/** A command that cannot run as given; {@link #field()} names the argument at fault ("command" for the name). */
public final class CommandException extends Exception {
    private final String field;

    public CommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** "field: message", as the API and the command line show it. */
    public String describe() {
        return field + ": " + getMessage();
    }
}
