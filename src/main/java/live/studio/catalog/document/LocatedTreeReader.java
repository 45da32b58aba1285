package live.studio.catalog.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.BooleanNode;
import live.studio.catalog.document.LocatedNode.Member;
import live.studio.catalog.document.LocatedNode.NullNode;
import live.studio.catalog.document.LocatedNode.NumberKind;
import live.studio.catalog.document.LocatedNode.NumberNode;
import live.studio.catalog.document.LocatedNode.ObjectNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Builds a {@link LocatedNode} tree from Jackson's streaming parser, keeping each token's line and column. It takes
 * any Jackson {@link JsonParser}, so a YAML parser (jackson-dataformat-yaml, which also reports token locations)
 * gives the same tree. Depth is bounded by the parser's {@link StreamReadConstraints}, which is what makes the
 * recursion here safe; the size of a file is checked before it is read.
 */
public final class LocatedTreeReader {
    public static final long MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_CHARS = 1_000_000;
    public static final int MAX_NUMBER_CHARS = 100;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final List<DocumentProblem> problems = new ArrayList<>();
    /** The path of the value being read, so a syntax error can say where in the document it happened. */
    private String currentPath = "";

    private LocatedTreeReader() {
    }

    /** The limits every document is read with; a YAML factory for the same documents should be built with them too. */
    public static StreamReadConstraints constraints() {
        return CONSTRAINTS;
    }

    /** Reads a JSON file: size checked first, strict UTF-8, byte order mark dropped. Never throws for bad content. */
    public static LocatedDocument readJson(Path file) {
        return switch (TextFiles.read(file, MAX_DOCUMENT_BYTES)) {
            case TextFiles.TextRead.Text(String text) -> readJson(text);
            case TextFiles.TextRead.TooLarge(long sizeBytes, long maxBytes) -> fileProblem(
                    "the file is " + megabytes(sizeBytes) + ", more than the " + megabytes(maxBytes)
                            + " a document may have: split it or remove what the studio does not need");
            case TextFiles.TextRead.NotUtf8(Position position, int badByte, byte[] ignored) -> new LocatedDocument(
                    Optional.empty(), List.of(new DocumentProblem(Severity.ERROR, position, DocumentPaths.ROOT,
                            String.format("the file is not UTF-8 text (byte 0x%02X here): save it as UTF-8", badByte))));
            case TextFiles.TextRead.Unreadable(String reason) -> fileProblem("the file " + reason);
        };
    }

    /** Reads JSON text; positions are counted in characters of {@code text}. */
    public static LocatedDocument readJson(String text) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            return read(parser);
        }
    }

    /**
     * Reads one document from any Jackson parser positioned before its first token. A syntax error ends the reading
     * (the parser cannot go on after one) and is the last problem; the root is then empty.
     */
    public static LocatedDocument read(JsonParser parser) {
        LocatedTreeReader reader = new LocatedTreeReader();
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                reader.problems.add(new DocumentProblem(Severity.ERROR, Position.START, DocumentPaths.ROOT,
                        "the document is empty"));
                return new LocatedDocument(Optional.empty(), reader.problems);
            }
            LocatedNode root = reader.readValue(parser, "");
            if (parser.nextToken() != null) {
                reader.problems.add(new DocumentProblem(Severity.ERROR, position(parser.currentTokenLocation()),
                        DocumentPaths.ROOT, "more text after the end of the document: remove it"));
            }
            return new LocatedDocument(Optional.of(root), reader.problems);
        } catch (JacksonException e) {
            // a broken limit (nesting, string length) comes without a location: the token being read is where it is
            TokenStreamLocation location = hasPosition(e.getLocation()) ? e.getLocation() : parser.currentTokenLocation();
            reader.problems.add(new DocumentProblem(Severity.ERROR, position(location),
                    DocumentPaths.shown(reader.currentPath), syntaxMessage(e)));
            return new LocatedDocument(Optional.empty(), reader.problems);
        }
    }

    private LocatedNode readValue(JsonParser parser, String path) {
        currentPath = path;
        Position position = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, position);
            case START_ARRAY -> readArray(parser, path, position);
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> new StringNode(position, parser.getString());
            case VALUE_NUMBER_INT -> new NumberNode(position, parser.getString(), NumberKind.INTEGER);
            case VALUE_NUMBER_FLOAT -> new NumberNode(position, parser.getString(), NumberKind.DECIMAL);
            case VALUE_TRUE -> new BooleanNode(position, true);
            case VALUE_FALSE -> new BooleanNode(position, false);
            case VALUE_NULL -> new NullNode(position);
            default -> throw new IllegalStateException("parser gave " + token + " where a value starts, at " + position);
        };
    }

    private ObjectNode readObject(JsonParser parser, String path, Position position) {
        Map<String, Member> members = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Position namePosition = position(parser.currentTokenLocation());
            parser.nextToken();
            String memberPath = DocumentPaths.child(path, name);
            LocatedNode value = readValue(parser, memberPath);
            Member earlier = members.get(name);
            if (earlier != null) {
                problems.add(new DocumentProblem(Severity.ERROR, namePosition, memberPath,
                        "given twice (first at line " + earlier.namePosition().line() + "): keep one"));
            } else {
                members.put(name, new Member(name, namePosition, value));
            }
            currentPath = path;
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("parser gave " + token + " inside an object at " + position);
        }
        return new ObjectNode(position, members);
    }

    private ArrayNode readArray(JsonParser parser, String path, Position position) {
        List<LocatedNode> elements = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IllegalStateException("parser ended inside an array at " + position);
            }
            elements.add(readValue(parser, DocumentPaths.element(path, elements.size())));
            currentPath = path;
        }
        return new ArrayNode(position, elements);
    }

    private static LocatedDocument fileProblem(String message) {
        return new LocatedDocument(Optional.empty(),
                List.of(new DocumentProblem(Severity.ERROR, Position.START, DocumentPaths.ROOT, message)));
    }

    static Position position(TokenStreamLocation location) {
        return hasPosition(location) ? new Position(location.getLineNr(), location.getColumnNr()) : Position.START;
    }

    private static boolean hasPosition(TokenStreamLocation location) {
        return location != null && location.getLineNr() >= 1 && location.getColumnNr() >= 1;
    }

    private static String syntaxMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        // Jackson's own wording, trimmed to its first line and without the Java method it names for a limit
        int newline = message.indexOf('\n');
        String firstLine = newline >= 0 ? message.substring(0, newline) : message;
        return "syntax error: " + firstLine.replaceAll(", from `[^`]*`", "");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
