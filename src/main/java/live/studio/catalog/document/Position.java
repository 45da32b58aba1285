package live.studio.catalog.document;

/** Where something starts in a text file: 1-based line and 1-based column (in characters, tab = 1). */
public record Position(int line, int column) implements Comparable<Position> {
    /** For problems about a whole file (unreadable, too large): they point at its first character. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based, got line " + line + " column " + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
