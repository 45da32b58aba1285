package live.studio.show.file;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedNode;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.Position;
import live.studio.catalog.document.Suggestions;
import live.studio.compose.Layout;
import live.studio.show.ShowCommands;

/** What the show file's readers share: how a problem is worded, the built-in layouts, ids, bounded arrays. */
final class ShowFields {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private ShowFields() {
    }

    /** The built-in layouts by the names commands use (fullFrame, pictureInPicture, sideBySide). */
    static List<String> builtInLayoutNames() {
        return java.util.Arrays.stream(Layout.values()).map(ShowCommands::layoutName).toList();
    }

    static Optional<Layout> builtInLayout(String name) {
        return java.util.Arrays.stream(Layout.values()).filter(layout -> ShowCommands.layoutName(layout).equals(name))
                .findFirst();
    }

    static Optional<String> identifier(StringNode node, String path, String what, List<DocumentProblem> problems) {
        String text = node.value().strip();
        if (IDENTIFIER.matcher(text).matches()) {
            return Optional.of(text);
        }
        problems.add(error(node.position(), path, quote(text) + " is not usable as " + what + ": use letters, digits, "
                + "'-', '_' or '.', at most 64, like \"flash-sale\""));
        return Optional.empty();
    }

    static List<LocatedNode> limited(ArrayNode array, String path, int maximum, String what,
            List<DocumentProblem> problems) {
        if (array.elements().size() <= maximum) {
            return array.elements();
        }
        problems.add(error(array.position(), path, array.elements().size() + " " + what + ", more than the " + maximum
                + " a show file may have: split the show"));
        return array.elements().subList(0, maximum);
    }

    static String didYouMean(String written, java.util.Collection<String> known, String otherwise) {
        return Suggestions.closest(written, known).map(best -> " (did you mean " + quote(best) + "?)")
                .orElse(": " + otherwise);
    }

    static String quote(String text) {
        return "\"" + ObjectFields.shortened(text) + "\"";
    }

    static DocumentProblem error(Position position, String path, String message) {
        return new DocumentProblem(Severity.ERROR, position, DocumentPaths.shown(path), message);
    }
}
