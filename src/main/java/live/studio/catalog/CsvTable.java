package live.studio.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import live.studio.catalog.CsvParser.Field;
import live.studio.catalog.CsvParser.Record;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.Position;
import live.studio.catalog.document.Suggestions;
import live.studio.catalog.document.TextFiles;

/**
 * A CSV file with a header row: columns found by name (ignoring case and surrounding spaces, in any order), rows
 * that are entirely empty skipped, and every cell with its position. Public for the other CSV imports (the run-sheet's).
 */
public final class CsvTable {
    /** Shopify exports with long HTML descriptions are larger than hand-written JSON; still bounded. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private final List<Field> header;
    private final Map<String, Integer> columnIndexes;
    private final List<Row> rows;

    private CsvTable(List<Field> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
        this.columnIndexes = new HashMap<>();
        for (int index = header.size() - 1; index >= 0; index--) {
            columnIndexes.put(key(header.get(index).text()), index);
        }
    }

    /** One data row; a cell of a column the row is too short for is empty, at the row's end. */
    public final class Row {
        private final Record record;

        private Row(Record record) {
            this.record = record;
        }

        public Position start() {
            return record.start();
        }

        /** The cell of {@code column}, empty when the table has no such column. */
        public Optional<Field> cell(String column) {
            Integer index = columnIndexes.get(key(column));
            if (index == null) {
                return Optional.empty();
            }
            List<Field> fields = record.fields();
            return Optional.of(index < fields.size() ? fields.get(index) : new Field("", record.end()));
        }

        /** The cell's text, stripped; empty when there is no such column or the cell is blank. */
        public Optional<String> text(String column) {
            return cell(column).map(field -> field.text().strip()).filter(text -> !text.isEmpty());
        }
    }

    /**
     * Reads {@code file}; problems go to {@code problems}. Empty when the file cannot be read or has no header. A file
     * that is not UTF-8 is read as Windows-1252 (what spreadsheets on Windows save) with a warning.
     */
    static Optional<CsvTable> read(Path file, List<DocumentProblem> problems) {
        return read(file, MAX_FILE_BYTES, "a catalog", "product", problems);
    }

    /**
     * Reads {@code file} as {@link #read(Path, List)} does, with its own size limit; {@code document} ("a run-sheet")
     * and {@code rowName} ("segment") word the messages.
     */
    public static Optional<CsvTable> read(Path file, long maxFileBytes, String document, String rowName,
                                          List<DocumentProblem> problems) {
        String text;
        switch (TextFiles.read(file, maxFileBytes)) {
            case TextFiles.TextRead.Text(String decoded) -> text = decoded;
            case TextFiles.TextRead.NotUtf8(Position position, int badByte, byte[] bytes) -> {
                problems.add(new DocumentProblem(Severity.WARNING, position, DocumentPaths.ROOT, String.format(
                        "the file is not UTF-8 (byte 0x%02X here), so it is read as Windows-1252: check accented "
                                + "letters, or save it as \"CSV UTF-8\"", badByte)));
                text = TextFiles.decodeWindows1252(bytes);
            }
            case TextFiles.TextRead.TooLarge(long sizeBytes, long maxBytes) -> {
                problems.add(new DocumentProblem(Severity.ERROR, Position.START, DocumentPaths.ROOT, "the file is "
                        + sizeBytes / (1024 * 1024) + " MB, more than the " + maxBytes / (1024 * 1024)
                        + " MB " + document + " may have: split it"));
                return Optional.empty();
            }
            case TextFiles.TextRead.Unreadable(String reason) -> {
                problems.add(new DocumentProblem(Severity.ERROR, Position.START, DocumentPaths.ROOT,
                        "the file " + reason));
                return Optional.empty();
            }
        }
        List<Record> records = CsvParser.parse(text, CsvParser.detectDelimiter(text), problems);
        List<Record> nonBlank = records.stream().filter(record -> !record.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            problems.add(new DocumentProblem(Severity.ERROR, Position.START, DocumentPaths.ROOT,
                    "the file is empty: it needs a header row naming the columns, then one row per " + rowName));
            return Optional.empty();
        }
        List<Field> header = nonBlank.getFirst().fields();
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(header, rows);
        for (Record record : nonBlank.subList(1, nonBlank.size())) {
            if (record.fields().size() > header.size()) {
                Field extra = record.fields().get(header.size());
                problems.add(new DocumentProblem(Severity.WARNING, extra.position(), DocumentPaths.ROOT, "this row has "
                        + record.fields().size() + " fields but the header names " + header.size()
                        + " columns: the extra fields are ignored (a comma inside a value needs quotes)"));
            }
            rows.add(table.new Row(record));
        }
        return Optional.of(table);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return columnIndexes.containsKey(key(column));
    }

    /** Reports each required column the header lacks; true when all are there. */
    public boolean requireColumns(Collection<String> required, List<DocumentProblem> problems) {
        boolean complete = true;
        for (String column : required) {
            if (!has(column)) {
                problems.add(new DocumentProblem(Severity.ERROR, header.getFirst().position(), column,
                        "required column \"" + column + "\" is missing from the header row: add it"));
                complete = false;
            }
        }
        return complete;
    }

    /** Warns about header names that are none of {@code known}: probably misspelt, their values are not read. */
    public void warnUnknownColumns(Collection<String> known, List<DocumentProblem> problems) {
        List<String> knownKeys = known.stream().map(CsvTable::key).toList();
        for (Field column : header) {
            if (column.text().isBlank() || knownKeys.contains(key(column.text()))) {
                continue;
            }
            String hint = Suggestions.closest(column.text().strip(), known)
                    .map(name -> " (did you mean \"" + name + "\"?)").orElse("");
            problems.add(new DocumentProblem(Severity.WARNING, column.position(), ObjectFields.shortened(column.text().strip()),
                    "unknown column, its values are ignored" + hint));
        }
    }

    private static String key(String columnName) {
        return columnName.strip().toLowerCase(Locale.ROOT);
    }
}
