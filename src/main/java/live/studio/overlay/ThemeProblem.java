package live.studio.overlay;

/**
 * One thing wrong in a theme file, where it is: a line and column from 1 (0 when the problem is the file as a whole)
 * and the field as a dotted path ("portrait.productCard.width").
 */
public record ThemeProblem(int line, int column, String field, String message) {

    /** {@code FILE:LINE:COLUMN: field: message}, the form {@code studio validate} prints. */
    public String describe(String file) {
        if (line <= 0) {
            return file + ": " + (field.isEmpty() ? "" : field + ": ") + message;
        }
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
