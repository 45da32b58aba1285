package live.studio.ui.commerce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedDocument;
import live.studio.catalog.document.LocatedNode;
import live.studio.catalog.document.LocatedNode.NullNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import live.studio.catalog.document.LocatedTreeReader;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.ObjectFields.Presence;
import live.studio.catalog.document.Position;
import live.studio.files.AtomicFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keyboard shortcuts as a small JSON file in the settings folder, {@value #FILE_NAME}:
 * <pre>{"shortcuts": {"product1": "1", "hideAll": "H", "stopCountdown": "Shift+C", "toggleBanner": ""}}</pre>
 * An action left out keeps its default key; {@code ""} (or null) leaves it without one. A bad entry is reported as
 * {@code FILE:LINE:COLUMN: field: message} and that action keeps its default, so a typo never loses the other keys.
 */
public final class ShortcutFile {
    public static final String FILE_NAME = "shortcuts.json";
    private static final String SECTION = "shortcuts";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The shortcuts to use and what was wrong with the file, one line each. */
    public record Loaded(ShortcutMap shortcuts, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private ShortcutFile() {
    }

    /**
     * The shortcuts of {@code settingsFolder}: its {@value #FILE_NAME}, which is written with the defaults the first
     * time so there is a file to edit; the defaults without a settings folder.
     */
    public static Loaded load(Optional<Path> settingsFolder) {
        if (settingsFolder.isEmpty()) {
            return new Loaded(ShortcutMap.defaults(), List.of());
        }
        Path file = settingsFolder.get().resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        try {
            save(file, ShortcutMap.defaults());
            return new Loaded(ShortcutMap.defaults(), List.of());
        } catch (IOException | RuntimeException e) {
            return new Loaded(ShortcutMap.defaults(), List.of(file + ": cannot write the default shortcuts ("
                    + e.getMessage() + "); the defaults are used"));
        }
    }

    /** Reads {@code file}; never throws for bad content. */
    public static Loaded read(Path file) {
        LocatedDocument document = LocatedTreeReader.readJson(file);
        List<DocumentProblem> problems = new ArrayList<>(document.problems());
        Map<ShortcutAction, KeyCombination> keys = new EnumMap<>(ShortcutAction.class);
        Optional<ObjectFields> section = document.root()
                .flatMap(root -> ObjectFields.of(root, "", problems))
                .flatMap(root -> {
                    Optional<ObjectFields> shortcuts = root.object(SECTION, Presence.REQUIRED);
                    root.reportUnknownFields(Severity.ERROR);
                    return shortcuts;
                });
        Map<ShortcutAction, Optional<KeyCombination>> chosen = section.map(fields -> chosenKeys(fields, problems))
                .orElse(Map.of());
        Map<KeyCombination, ShortcutAction> taken = new HashMap<>();
        chosen.forEach((action, key) -> key.ifPresent(combination -> {
            ShortcutAction holder = taken.putIfAbsent(combination, action);
            if (holder == null) {
                keys.put(action, combination);
            } else {
                problems.add(new DocumentProblem(Severity.ERROR, positionOf(section.get(), action),
                        fieldOf(action), combination.getName() + " is already the key of " + holder.id()
                        + ": give each action its own key"));
            }
        }));
        for (ShortcutAction action : ShortcutAction.values()) {
            if (chosen.containsKey(action) && (chosen.get(action).isEmpty() || keys.containsKey(action))) {
                continue; // as the file says: its own key, or none on purpose
            }
            KeyCombination fallback = KeyCombination.valueOf(action.defaultKey());
            ShortcutAction holder = taken.putIfAbsent(fallback, action);
            if (holder == null) {
                keys.put(action, fallback);
            } else {
                // Pointed at the entry that took the key: that is the line to change.
                problems.add(new DocumentProblem(Severity.WARNING, section.map(fields -> positionOf(fields, holder))
                        .orElse(Position.START), fieldOf(action), "has no key: its default " + fallback.getName()
                        + " is the key of " + holder.id() + " in this file"));
            }
        }
        problems.sort(Comparator.comparing(DocumentProblem::position));
        return new Loaded(ShortcutMap.of(keys), problems.stream()
                .map(problem -> file + ":" + problem.position() + ": " + problem.field() + ": " + problem.message())
                .toList());
    }

    /** The actions the file names, in file order: a key, or empty for "no key"; a bad entry is reported and left out. */
    private static Map<ShortcutAction, Optional<KeyCombination>> chosenKeys(ObjectFields fields, List<DocumentProblem> problems) {
        List<Map.Entry<ShortcutAction, LocatedNode>> given = new ArrayList<>();
        for (ShortcutAction action : ShortcutAction.values()) {
            fields.node().member(action.id()).ifPresent(member -> given.add(Map.entry(action, member.value())));
            fields.value(action.id(), Presence.OPTIONAL); // marks the name as known
        }
        fields.reportUnknownFields(Severity.ERROR);
        given.sort(Comparator.comparing(entry -> entry.getValue().position()));
        Map<ShortcutAction, Optional<KeyCombination>> chosen = new LinkedHashMap<>();
        for (Map.Entry<ShortcutAction, LocatedNode> entry : given) {
            ShortcutAction action = entry.getKey();
            switch (entry.getValue()) {
                case NullNode none -> chosen.put(action, Optional.empty());
                case StringNode text when text.value().isBlank() -> chosen.put(action, Optional.empty());
                case StringNode text -> parseKey(text.value()).ifPresentOrElse(
                        key -> chosen.put(action, Optional.of(key)),
                        () -> problems.add(new DocumentProblem(Severity.ERROR, text.position(), fieldOf(action),
                                "\"" + ObjectFields.shortened(text.value()) + "\" is not a key: write it like \"H\", "
                                        + "\"Shift+C\", \"F5\" or \"\" for none; " + action.id() + " keeps "
                                        + action.defaultKey())));
                default -> problems.add(new DocumentProblem(Severity.ERROR, entry.getValue().position(), fieldOf(action),
                        "expected a key as a string like \"" + action.defaultKey() + "\", found "
                                + ObjectFields.describe(entry.getValue())));
            }
        }
        return chosen;
    }

    /** A key with its modifiers; only named keys ("Banana" would otherwise be taken for a typed character). */
    private static Optional<KeyCombination> parseKey(String text) {
        try {
            return Optional.of(KeyCombination.valueOf(text.strip())).filter(KeyCodeCombination.class::isInstance);
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private static Position positionOf(ObjectFields section, ShortcutAction action) {
        return section.node().member(action.id()).map(member -> member.value().position()).orElse(section.position());
    }

    private static String fieldOf(ShortcutAction action) {
        return SECTION + "." + action.id();
    }

    /** Writes {@code shortcuts} to {@code file} (its folder created), replacing it in one step. */
    public static void save(Path file, ShortcutMap shortcuts) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (ShortcutAction action : ShortcutAction.values()) {
            keys.put(action.id(), shortcuts.key(action).map(KeyCombination::getName).orElse(""));
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of(SECTION, keys)) + System.lineSeparator();
        // whole or not at all, the last version kept as shortcuts.json.bak
        AtomicFiles.writeString(file, text);
    }
}
