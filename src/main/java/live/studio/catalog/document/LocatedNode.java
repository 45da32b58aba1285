package live.studio.catalog.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON or YAML value with the position of its first character, so that a problem found while interpreting it
 * (a wrong type, an unknown field, a duplicate id) can name the line and column in the file the person edits.
 */
public sealed interface LocatedNode {
    Position position();

    /** What kind of value this is, as said in a message: "a string", "an object", ... */
    String kind();

    /** An object; its members keep the order of the file. */
    record ObjectNode(Position position, Map<String, Member> members) implements LocatedNode {
        public ObjectNode {
            Objects.requireNonNull(position, "position");
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<Member> member(String name) {
            return Optional.ofNullable(members.get(name));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** One "name": value pair of an object, with the position of the name (where an unknown field is reported). */
    record Member(String name, Position namePosition, LocatedNode value) {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namePosition, "namePosition");
            Objects.requireNonNull(value, "value");
        }
    }

    record ArrayNode(Position position, List<LocatedNode> elements) implements LocatedNode {
        public ArrayNode {
            Objects.requireNonNull(position, "position");
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record StringNode(Position position, String value) implements LocatedNode {
        public StringNode {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String kind() {
            return "a string";
        }
    }

    /**
     * A number exactly as written in the file: read it as {@code new BigDecimal(text)} or {@code Integer.parseInt},
     * never through a double, so 19.99 stays 19.99.
     */
    record NumberNode(Position position, String text, NumberKind numberKind) implements LocatedNode {
        public NumberNode {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(numberKind, "numberKind");
        }

        @Override
        public String kind() {
            return numberKind == NumberKind.INTEGER ? "a whole number" : "a decimal number";
        }
    }

    /** Whether a number was written without a fraction or exponent (12) or with one (12.5, 1e3). */
    enum NumberKind { INTEGER, DECIMAL }

    record BooleanNode(Position position, boolean value) implements LocatedNode {
        public BooleanNode {
            Objects.requireNonNull(position, "position");
        }

        @Override
        public String kind() {
            return value ? "true" : "false";
        }
    }

    record NullNode(Position position) implements LocatedNode {
        public NullNode {
            Objects.requireNonNull(position, "position");
        }

        @Override
        public String kind() {
            return "null";
        }
    }
}
