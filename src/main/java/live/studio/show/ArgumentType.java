package live.studio.show;

/** What a command argument holds, as written in JSON. */
public enum ArgumentType {
    /** A string. */
    TEXT,
    /** A whole number (JSON number or a string of digits). */
    INTEGER,
    /** A time of day, "21:30" or "21:30:15", in the studio's time zone. */
    TIME_OF_DAY,
    /** One of the listed choices. */
    CHOICE
}
