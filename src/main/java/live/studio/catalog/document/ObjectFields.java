package live.studio.catalog.document;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.Member;
import live.studio.catalog.document.LocatedNode.NullNode;
import live.studio.catalog.document.LocatedNode.NumberNode;
import live.studio.catalog.document.LocatedNode.ObjectNode;
import live.studio.catalog.document.LocatedNode.StringNode;

/**
 * Reads the fields of one object and reports, into a shared list, what a person has to fix: a missing required
 * field (at the object's opening brace), a value of the wrong type (at the value), and, once every expected field
 * was asked for, the fields nobody asked for (at their name, with a suggestion when one is a near miss).
 */
public final class ObjectFields {
    private final ObjectNode node;
    private final String path;
    private final List<DocumentProblem> problems;
    private final Set<String> expected = new HashSet<>();

    /** Whether a field must be there. A null value counts as absent. */
    public enum Presence { REQUIRED, OPTIONAL }

    private ObjectFields(ObjectNode node, String path, List<DocumentProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The object's fields, or empty after reporting that {@code value} is not an object. */
    public static Optional<ObjectFields> of(LocatedNode value, String path, List<DocumentProblem> problems) {
        if (value instanceof ObjectNode object) {
            return Optional.of(new ObjectFields(object, path, problems));
        }
        problems.add(new DocumentProblem(Severity.ERROR, value.position(), DocumentPaths.shown(path),
                "expected an object ({...}), found " + describe(value)));
        return Optional.empty();
    }

    public ObjectNode node() {
        return node;
    }

    public String path() {
        return path;
    }

    public Position position() {
        return node.position();
    }

    public String pathOf(String name) {
        return DocumentPaths.child(path, name);
    }

    /** The field's value, if it is there and not null; a missing REQUIRED field is reported. */
    public Optional<LocatedNode> value(String name, Presence presence) {
        expected.add(name);
        Optional<Member> member = node.member(name);
        if (member.isEmpty() || member.get().value() instanceof NullNode) {
            if (presence == Presence.REQUIRED) {
                Position where = member.map(m -> m.value().position()).orElse(node.position());
                problems.add(new DocumentProblem(Severity.ERROR, where, pathOf(name), member.isEmpty()
                        ? "required field is missing: add \"" + name + "\""
                        : "required field is null: give it a value"));
            }
            return Optional.empty();
        }
        return Optional.of(member.get().value());
    }

    /** A string field; a REQUIRED one must also not be blank. */
    public Optional<StringNode> string(String name, Presence presence) {
        Optional<LocatedNode> value = value(name, presence);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof StringNode string)) {
            problems.add(wrongType(name, value.get(), "a string (\"...\")"));
            return Optional.empty();
        }
        if (presence == Presence.REQUIRED && string.value().isBlank()) {
            problems.add(new DocumentProblem(Severity.ERROR, string.position(), pathOf(name),
                    "must not be empty"));
            return Optional.empty();
        }
        return Optional.of(string);
    }

    /** A field that may be a string or a number (an id written either way, like a short code 12 or "12"). */
    public Optional<LocatedNode> stringOrNumber(String name, Presence presence) {
        Optional<LocatedNode> value = value(name, presence);
        if (value.isPresent() && !(value.get() instanceof StringNode) && !(value.get() instanceof NumberNode)) {
            problems.add(wrongType(name, value.get(), "a string or a number"));
            return Optional.empty();
        }
        return value;
    }

    public Optional<ArrayNode> array(String name, Presence presence) {
        Optional<LocatedNode> value = value(name, presence);
        if (value.isPresent() && !(value.get() instanceof ArrayNode)) {
            problems.add(wrongType(name, value.get(), "an array ([...])"));
            return Optional.empty();
        }
        return value.map(ArrayNode.class::cast);
    }

    public Optional<ObjectFields> object(String name, Presence presence) {
        return value(name, presence).flatMap(value -> of(value, pathOf(name), problems));
    }

    /** Reports every field that no method of this object asked for. Call it after reading all expected fields. */
    public void reportUnknownFields(Severity severity) {
        for (Member member : node.members().values()) {
            if (!expected.contains(member.name())) {
                String suggestion = Suggestions.closest(member.name(), expected)
                        .map(known -> " (did you mean \"" + known + "\"?)")
                        .orElse(": remove it or check its spelling");
                problems.add(new DocumentProblem(severity, member.namePosition(), pathOf(member.name()),
                        "unknown field" + suggestion));
            }
        }
    }

    private DocumentProblem wrongType(String name, LocatedNode value, String expectedKind) {
        return new DocumentProblem(Severity.ERROR, value.position(), pathOf(name),
                "expected " + expectedKind + ", found " + describe(value));
    }

    /** How a value is named in a message: its kind, and for short scalars the value itself. */
    public static String describe(LocatedNode value) {
        return switch (value) {
            case StringNode string -> "a string (\"" + shortened(string.value()) + "\")";
            case NumberNode number -> "the number " + shortened(number.text());
            default -> value.kind();
        };
    }

    /** Text from a file, cut for a message so a huge value cannot flood it. */
    public static String shortened(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
