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
import java.util.concurrent.Executor;
import live.studio.secrets.ConsentPrompt;
import live.studio.output.Destination;
import live.studio.output.SecretRedactor;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Messages;

/**
 * The destinations editor: a form (platform, name, server URL, stream key) that adds validated entries to the list
 * Go Live streams to. Validation uses {@link Destination#of}, whose messages say what to fix; they are shown next to
 * the form. UI thread only.
 */
public final class DestinationsViewModel {
    private static final Messages TEXT = Messages.of(DestinationsViewModel.class);
    private final ObservableList<DestinationEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<PlatformPreset> preset = new SimpleObjectProperty<>(this, "preset", PlatformPreset.YOUTUBE);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty serverUrl = new SimpleStringProperty(this, "serverUrl", PlatformPreset.YOUTUBE.serverUrl());
    private final StringProperty streamKey = new SimpleStringProperty(this, "streamKey", "");
    private final ReadOnlyStringWrapper serverHint = new ReadOnlyStringWrapper(this, "serverHint", PlatformPreset.YOUTUBE.serverHint());
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");
    private final ReadOnlyStringWrapper storageNotice = new ReadOnlyStringWrapper(this, "storageNotice", "");
    private final ReadOnlyStringWrapper recommended = new ReadOnlyStringWrapper(this, "recommended", PlatformPreset.YOUTUBE.recommendationText());
    private final ReadOnlyStringWrapper encoderAdvice = new ReadOnlyStringWrapper(this, "encoderAdvice", "");
    private final ReadOnlyStringWrapper appliedMessage = new ReadOnlyStringWrapper(this, "appliedMessage", "");
    private final ObjectProperty<VideoFormat> encoderFormat = new SimpleObjectProperty<>(this, "encoderFormat");
    private final ObjectProperty<EncoderSettings> encoderSettings = new SimpleObjectProperty<>(this, "encoderSettings");
    private final javafx.beans.property.ReadOnlyBooleanWrapper canApplyRecommendation =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "canApplyRecommendation", false);
    private java.util.function.Consumer<PlatformPreset.Recommendation> recommendationTarget;
    private DestinationKeeper keeper = DestinationKeeper.FOR_THIS_RUN_ONLY;
    private Executor keeperCalls = Runnable::run;
    private Executor uiThread = Runnable::run;
    private ConsentPrompt consentPrompt = ConsentPrompt.NOBODY;

    public DestinationsViewModel() {
        preset.addListener((observable, before, after) -> presetChanged(before, after));
        // A message about what was typed goes away once the operator changes it.
        name.addListener((observable, before, after) -> validationMessage.set(""));
        serverUrl.addListener((observable, before, after) -> validationMessage.set(""));
        streamKey.addListener((observable, before, after) -> validationMessage.set(""));
        encoderFormat.addListener((observable, before, after) -> refreshEncoderAdvice());
        encoderSettings.addListener((observable, before, after) -> refreshEncoderAdvice());
    }

    /**
     * The encode the studio sends every destination (the saved encoder settings), so the form can say where it does
     * not suit the chosen platform; null: not known, nothing said.
     */
    public ObjectProperty<VideoFormat> encoderFormatProperty() {
        return encoderFormat;
    }

    public ObjectProperty<EncoderSettings> encoderSettingsProperty() {
        return encoderSettings;
    }

    /** "Recommended: 1920×1080 30 fps · 6000 kbps · keyframe every 2 s" for the chosen platform; empty for custom. */
    public ReadOnlyStringProperty recommendedProperty() {
        return recommended.getReadOnlyProperty();
    }

    /** Where the encoder does not suit the chosen platform (one line each), or empty. */
    public ReadOnlyStringProperty encoderAdviceProperty() {
        return encoderAdvice.getReadOnlyProperty();
    }

    /** What applying the recommendation changed, or empty. */
    public ReadOnlyStringProperty appliedMessageProperty() {
        return appliedMessage.getReadOnlyProperty();
    }

    /** True when the chosen platform has a recommendation and something can apply it (the settings' encoder). */
    public javafx.beans.property.ReadOnlyBooleanProperty canApplyRecommendationProperty() {
        return canApplyRecommendation.getReadOnlyProperty();
    }

    /** Who applies a platform's recommendation to the encoder settings (the settings window); null: nobody. */
    public void setRecommendationTarget(java.util.function.Consumer<PlatformPreset.Recommendation> target) {
        this.recommendationTarget = target;
        refreshRecommendation();
    }

    /** Applies the chosen platform's recommended resolution, frame rate, bitrate and keyframe interval to the encoder. */
    public boolean applyRecommendation() {
        PlatformPreset chosen = preset.get() == null ? PlatformPreset.CUSTOM : preset.get();
        if (recommendationTarget == null || chosen.recommendation().isEmpty()) {
            return false;
        }
        recommendationTarget.accept(chosen.recommendation().get());
        appliedMessage.set(TEXT.text("recommendation.applied", chosen.label()));
        refreshEncoderAdvice();
        return true;
    }

    /** Where the encoder does not suit the destinations in the list, for the encoder's page and the pre-flight check. */
    public List<PlatformPreset.EncoderProblem> encoderProblems(EncoderSettings encoder, VideoFormat format) {
        return entries.stream().map(DestinationEntry::preset).distinct()
                .flatMap(platform -> platform.checkEncoder(encoder, format).stream()).toList();
    }

    private void refreshRecommendation() {
        PlatformPreset chosen = preset.get() == null ? PlatformPreset.CUSTOM : preset.get();
        recommended.set(chosen.recommendationText());
        canApplyRecommendation.set(recommendationTarget != null && chosen.recommendation().isPresent());
        appliedMessage.set("");
        refreshEncoderAdvice();
    }

    private void refreshEncoderAdvice() {
        PlatformPreset chosen = preset.get() == null ? PlatformPreset.CUSTOM : preset.get();
        if (encoderFormat.get() == null || encoderSettings.get() == null) {
            encoderAdvice.set("");
            return;
        }
        encoderAdvice.set(String.join("\n", chosen.checkEncoder(encoderSettings.get(), encoderFormat.get()).stream()
                .map(PlatformPreset.EncoderProblem::message).toList()));
    }

    /**
     * Keeps the destinations between runs with {@code keeper} and loads the saved ones now.
     *
     * @param keeperCalls where the keeper's blocking calls run (keychain, disk, the consent dialog's wait)
     * @param ui          the FX thread, where results come back
     */
    public void connect(DestinationKeeper keeper, Executor keeperCalls, Executor ui) {
        this.keeper = keeper;
        this.keeperCalls = keeperCalls;
        this.uiThread = ui;
        keeperCalls.execute(() -> {
            DestinationKeeper.Loaded loaded = keeper.load();
            ui.execute(() -> applyLoaded(loaded));
        });
    }

    /** Asks the operator, when there is no keychain, whether keys may be kept in a file; called off the FX thread. */
    public void setConsentPrompt(ConsentPrompt prompt) {
        this.consentPrompt = prompt;
    }

    /** Why stream keys are not saved and what to do, or empty when they are. */
    public ReadOnlyStringProperty storageNoticeProperty() {
        return storageNotice.getReadOnlyProperty();
    }

    private void applyLoaded(DestinationKeeper.Loaded loaded) {
        for (DestinationKeeper.Kept kept : loaded.destinations()) {
            var saved = kept.destination();
            if (entries.stream().anyMatch(entry -> entry.name().equalsIgnoreCase(saved.name()))) {
                continue;
            }
            PlatformPreset platform = PlatformPreset.fromSavedName(saved.platform());
            DestinationEntry entry = new DestinationEntry(saved.id(), platform, saved.name(), saved.serverUrl(),
                    kept.streamKey().orElse(""));
            if (!entry.hasStreamKey()) {
                entry.enabledProperty().set(false);
                entry.setStatus(TEXT.text("status.no-key-saved"));
            }
            entries.add(entry);
        }
        storageNotice.set(loaded.notice().map(SecretRedactor::redact).orElse(""));
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
            return invalid(TEXT.text("validation.server-empty", lowerFirst(chosenPreset.serverHint())));
        }
        Optional<String> wrongTransport = chosenPreset.checkServer(server);
        if (wrongTransport.isPresent()) {
            return invalid(wrongTransport.get());
        }
        if (entries.stream().anyMatch(entry -> entry.name().equalsIgnoreCase(chosenName))) {
            return invalid(TEXT.text("validation.name-taken", chosenName));
        }
        try {
            Destination.of(chosenName, server, key);
        } catch (IllegalArgumentException e) {
            return invalid(upperFirst(e.getMessage()) + ".");
        }
        DestinationEntry entry = new DestinationEntry(java.util.UUID.randomUUID().toString(), chosenPreset, chosenName, server, key);
        entries.add(entry);
        DestinationKeeper keeping = keeper;
        ConsentPrompt prompt = consentPrompt;
        keeperCalls.execute(() -> {
            Optional<String> notice = keeping.keep(entry.saved(), key, prompt);
            uiThread.execute(() -> storageNotice.set(notice.map(SecretRedactor::redact).orElse("")));
        });
        streamKey.set("");
        name.set("");
        validationMessage.set("");
        return Optional.of(entry);
    }

    public void remove(DestinationEntry entry) {
        if (entries.remove(entry)) {
            DestinationKeeper keeping = keeper;
            keeperCalls.execute(() -> keeping.forget(entry.saved()));
        }
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
        refreshRecommendation();
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
