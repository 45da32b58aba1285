package live.studio.catalog;

import java.util.ArrayList;
import java.util.List;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.Position;

/**
 * RFC 4180 CSV that keeps where each field starts (line and column of its first character, the opening quote for a
 * quoted field), so a bad price is reported where the person sees it even after a quoted field that spans lines.
 * Lines end with CRLF, LF or CR; a field in quotes may hold delimiters, line breaks and doubled quotes; a quote inside
 * an unquoted field is kept as text, like spreadsheets do. Empty lines are skipped. See ADR 0005.
 */
public final class CsvParser {
    private final String text;
    private final char delimiter;
    private final List<DocumentProblem> problems;
    private int index;
    private int line = 1;
    private int column = 1;

    /** One field and where it starts. */
    public record Field(String text, Position position) {
    }

    /** One record; {@code end} is where its line break (or the end of the file) is, for values a short row lacks. */
    record Record(List<Field> fields, Position start, Position end) {
        boolean isBlank() {
            return fields.stream().allMatch(field -> field.text().isBlank());
        }
    }

    private CsvParser(String text, char delimiter, List<DocumentProblem> problems) {
        this.text = text;
        this.delimiter = delimiter;
        this.problems = problems;
    }

    static List<Record> parse(String text, char delimiter, List<DocumentProblem> problems) {
        return new CsvParser(text, delimiter, problems).records();
    }

    /**
     * The delimiter of the header line: the most frequent of comma, semicolon (what spreadsheets in French and other
     * locales save) and tab, outside quotes; a comma when there is none.
     */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private List<Record> records() {
        List<Record> records = new ArrayList<>();
        while (index < text.length()) {
            Position start = here();
            List<Field> fields = new ArrayList<>();
            boolean recordEnded = false;
            while (!recordEnded) {
                fields.add(field());
                if (index >= text.length()) {
                    recordEnded = true;
                } else if (text.charAt(index) == delimiter) {
                    advance();
                } else {
                    // a line break: field() stops only at a delimiter, a line break or the end
                    recordEnded = true;
                }
            }
            Position end = here();
            skipLineBreak();
            boolean emptyLine = fields.size() == 1 && fields.getFirst().text().isEmpty()
                    && fields.getFirst().position().equals(end);
            if (!emptyLine) {
                records.add(new Record(fields, start, end));
            }
        }
        return records;
    }

    private Field field() {
        Position start = here();
        StringBuilder value = new StringBuilder();
        if (index < text.length() && text.charAt(index) == '"') {
            advance();
            while (true) {
                if (index >= text.length()) {
                    problems.add(new DocumentProblem(Severity.ERROR, start, DocumentPaths.ROOT,
                            "a quoted field is never closed: add the closing quote (\") or double the quotes inside it"));
                    return new Field(value.toString(), start);
                }
                char c = text.charAt(index);
                if (c == '"') {
                    if (index + 1 < text.length() && text.charAt(index + 1) == '"') {
                        value.append('"');
                        advance();
                        advance();
                        continue;
                    }
                    advance();
                    break;
                }
                value.append(c);
                advance();
            }
            if (index < text.length() && !atFieldEnd()) {
                problems.add(new DocumentProblem(Severity.ERROR, here(), DocumentPaths.ROOT,
                        "text after a closing quote: put the whole field in quotes and double the quotes inside it"));
                while (index < text.length() && !atFieldEnd()) {
                    value.append(text.charAt(index));
                    advance();
                }
            }
            return new Field(value.toString(), start);
        }
        while (index < text.length() && !atFieldEnd()) {
            value.append(text.charAt(index));
            advance();
        }
        return new Field(value.toString(), start);
    }

    private boolean atFieldEnd() {
        char c = text.charAt(index);
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (index < text.length() && text.charAt(index) == '\r') {
            advance();
            if (index < text.length() && text.charAt(index) == '\n') {
                advance();
            }
        } else if (index < text.length() && text.charAt(index) == '\n') {
            advance();
        }
    }

    private Position here() {
        return new Position(line, column);
    }

    /** Moves past one character, counting lines: CRLF is one line break, as are a lone LF and a lone CR. */
    private void advance() {
        char c = text.charAt(index);
        index++;
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c == '\r') {
            if (index < text.length() && text.charAt(index) == '\n') {
                return; // the LF that follows counts the line
            }
            line++;
            column = 1;
        } else {
            column++;
        }
    }
}
