package live.studio.overlay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Where each field of a JSON document is, by dotted path ("portrait.productCard.width"), so a problem found after
 * reading (a bad colour, a font that is not bundled, a missing field) can name its line and column.
 */
final class JsonLocations {

    /** A line and column, both from 1. */
    record Position(int line, int column) {
        static final Position NONE = new Position(0, 0);
    }

    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, String> scalars = new HashMap<>();
    private final Map<String, Position> names = new HashMap<>();

    private JsonLocations() {
    }

    /** The positions in {@code json}; as many as could be read when the document is not valid JSON. */
    static JsonLocations of(ObjectMapper mapper, String json) {
        JsonLocations locations = new JsonLocations();
        try (JsonParser parser = mapper.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String path = dotted(parser.streamReadContext().pathAsPointer().toString());
                Position position = position(parser.currentTokenLocation());
                if (token == JsonToken.PROPERTY_NAME) {
                    locations.names.putIfAbsent(path, position);
                } else {
                    locations.values.putIfAbsent(path, position);
                    if (token.isScalarValue()) {
                        locations.scalars.putIfAbsent(path, describe(token, parser.getString()));
                    }
                }
            }
        } catch (JacksonException stopped) {
            // the reading of the document proper reports the syntax error; what was found so far is kept
        }
        return locations;
    }

    /** Where the value of {@code path} starts, else where its nearest enclosing value starts. */
    Position value(String path) {
        for (String at = path; ; at = parent(at)) {
            Position position = values.get(at);
            if (position != null) {
                return position;
            }
            if (at.isEmpty()) {
                return Position.NONE;
            }
        }
    }

    /** What the document holds at {@code path}, as a reader would say it ("text \"round\"", "the number 4"). */
    java.util.Optional<String> written(String path) {
        return java.util.Optional.ofNullable(scalars.get(path));
    }

    private static String describe(JsonToken token, String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return switch (token) {
            case VALUE_STRING -> "text \"" + shown + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shown;
            case VALUE_TRUE, VALUE_FALSE -> shown;
            case VALUE_NULL -> "null";
            default -> shown;
        };
    }

    /** Where the name of the field at {@code path} is written, else where its value or enclosing object starts. */
    Position name(String path) {
        Position position = names.get(path);
        return position != null ? position : value(path);
    }

    static String dotted(List<JacksonException.Reference> path) {
        StringBuilder dotted = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!dotted.isEmpty()) {
                    dotted.append('.');
                }
                dotted.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                dotted.append('[').append(reference.getIndex()).append(']');
            }
        }
        return dotted.toString();
    }

    private static String dotted(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder dotted = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && !dotted.isEmpty()) {
                dotted.append('[').append(name).append(']');
            } else {
                if (!dotted.isEmpty()) {
                    dotted.append('.');
                }
                dotted.append(name);
            }
        }
        return dotted.toString();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static Position position(TokenStreamLocation location) {
        return location == null || location.getLineNr() <= 0
                ? Position.NONE : new Position(location.getLineNr(), location.getColumnNr());
    }
}
