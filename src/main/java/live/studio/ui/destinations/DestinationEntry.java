package live.studio.ui.destinations;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import live.studio.output.Destination;
import live.studio.output.SavedDestination;
import live.studio.output.SecretRedactor;

/**
 * One destination in the list: where to stream, whether Go Live includes it, and what its output is doing. The
 * stream key is held only to build the {@link Destination}; nothing reads it back, so no view can show it.
 */
public final class DestinationEntry {
    public static final String OFF_AIR = "off air";

    private final String id;
    private final PlatformPreset preset;
    private final String name;
    private final String serverUrl;
    private final String streamKey;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", OFF_AIR);

    DestinationEntry(String name, String serverUrl, String streamKey) {
        this(java.util.UUID.randomUUID().toString(), PlatformPreset.CUSTOM, name, serverUrl, streamKey);
    }

    DestinationEntry(String id, PlatformPreset preset, String name, String serverUrl, String streamKey) {
        this.id = Objects.requireNonNull(id);
        this.preset = Objects.requireNonNull(preset);
        this.name = Objects.requireNonNull(name);
        this.serverUrl = Objects.requireNonNull(serverUrl);
        this.streamKey = Objects.requireNonNull(streamKey);
        SecretRedactor.register(streamKey);
    }

    public String name() {
        return name;
    }

    /** The platform it was added as (custom for one typed by hand or saved by an older studio). */
    public PlatformPreset preset() {
        return preset;
    }

    /** What the settings keep of it: everything but the key. */
    public SavedDestination saved() {
        return new SavedDestination(id, name, preset.name(), serverUrl);
    }

    /** False for a saved destination whose key could not be read (no keychain this run): it cannot stream. */
    public boolean hasStreamKey() {
        return !streamKey.isBlank();
    }

    /** The server URL with the key masked, as every view shows it. */
    public String maskedTarget() {
        String server = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return SecretRedactor.redact(server) + SecretRedactor.MASK;
    }

    /** Validates again (the environment may have changed) and builds what the engine streams to. */
    public Destination toDestination() {
        return Destination.of(name, serverUrl, streamKey);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /** What its output is doing, e.g. "live 3000 kbps" or "reconnecting in 3 s (attempt 2)". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(SecretRedactor.redact(text));
    }

    @Override
    public String toString() {
        return name + " (" + maskedTarget() + ")";
    }
}
