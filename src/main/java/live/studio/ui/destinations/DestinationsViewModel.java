package live.studio.ui.destinations;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.output.Destination;
import live.studio.output.SecretRedactor;

/**
 * The destinations editor: a form (platform, name, server URL, stream key) that adds validated entries to the list
 * Go Live streams to. Validation uses {@link Destination#of}, whose messages say what to fix; they are shown next to
 * the form. UI thread only.
 */
public final class DestinationsViewModel {
    private final ObservableList<DestinationEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<PlatformPreset> preset = new SimpleObjectProperty<>(this, "preset", PlatformPreset.YOUTUBE);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty serverUrl = new SimpleStringProperty(this, "serverUrl", PlatformPreset.YOUTUBE.serverUrl());
    private final StringProperty streamKey = new SimpleStringProperty(this, "streamKey", "");
    private final ReadOnlyStringWrapper serverHint = new ReadOnlyStringWrapper(this, "serverHint", PlatformPreset.YOUTUBE.serverHint());
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");

    public DestinationsViewModel() {
        preset.addListener((observable, before, after) -> presetChanged(before, after));
        // A message about what was typed goes away once the operator changes it.
        name.addListener((observable, before, after) -> validationMessage.set(""));
        serverUrl.addListener((observable, before, after) -> validationMessage.set(""));
        streamKey.addListener((observable, before, after) -> validationMessage.set(""));
    }

    public ObservableList<DestinationEntry> entries() {
        return entries;
    }

    public List<PlatformPreset> presets() {
        return List.of(PlatformPreset.values());
    }

    public ObjectProperty<PlatformPreset> presetProperty() {
        return preset;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    /** Bound both ways to the PasswordField only. */
    public StringProperty streamKeyProperty() {
        return streamKey;
    }

    public ReadOnlyStringProperty serverHintProperty() {
        return serverHint.getReadOnlyProperty();
    }

    /** Why the form cannot be added, or empty. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    /** Adds the form as a new destination, or explains what is wrong; the key field is cleared on success. */
    public Optional<DestinationEntry> add() {
        PlatformPreset chosenPreset = preset.get() == null ? PlatformPreset.CUSTOM : preset.get();
        String chosenName = name.get() == null || name.get().isBlank() ? chosenPreset.defaultName() : name.get().strip();
        String server = serverUrl.get() == null ? "" : serverUrl.get().strip();
        String key = streamKey.get() == null ? "" : streamKey.get().strip();
        SecretRedactor.register(key);
        if (server.isEmpty()) {
            return invalid("The server URL is empty: " + lowerFirst(chosenPreset.serverHint()) + ".");
        }
        if (entries.stream().anyMatch(entry -> entry.name().equalsIgnoreCase(chosenName))) {
            return invalid("A destination named '" + chosenName + "' exists already: give this one another name.");
        }
        try {
            Destination.of(chosenName, server, key);
        } catch (IllegalArgumentException e) {
            return invalid(upperFirst(e.getMessage()) + ".");
        }
        DestinationEntry entry = new DestinationEntry(chosenName, server, key);
        entries.add(entry);
        streamKey.set("");
        name.set("");
        validationMessage.set("");
        return Optional.of(entry);
    }

    public void remove(DestinationEntry entry) {
        entries.remove(entry);
    }

    public List<DestinationEntry> enabledEntries() {
        return entries.stream().filter(DestinationEntry::isEnabled).toList();
    }

    public Optional<DestinationEntry> entryNamed(String entryName) {
        return entries.stream().filter(entry -> entry.name().equals(entryName)).findFirst();
    }

    private Optional<DestinationEntry> invalid(String message) {
        validationMessage.set(SecretRedactor.redact(message));
        return Optional.empty();
    }

    private void presetChanged(PlatformPreset before, PlatformPreset after) {
        PlatformPreset chosen = after == null ? PlatformPreset.CUSTOM : after;
        // Keep what the operator typed; replace only what the previous preset filled in.
        String currentServer = serverUrl.get() == null ? "" : serverUrl.get();
        if (currentServer.isBlank() || before != null && currentServer.equals(before.serverUrl())) {
            serverUrl.set(chosen.serverUrl());
        }
        serverHint.set(chosen.serverHint());
        validationMessage.set("");
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
