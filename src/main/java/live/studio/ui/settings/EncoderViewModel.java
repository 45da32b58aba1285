package live.studio.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import live.studio.encode.EncoderSettings;
import live.studio.encode.VideoEncoderChoice;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Messages;
import live.studio.ui.destinations.PlatformPreset;

/**
 * The encoder page: resolution, frame rate, video bitrate, keyframe interval, x264 preset and encoder, checked with a
 * message that says what to type, saved for the next start (the running engine encodes with what it started with).
 * UI thread only.
 */
public final class EncoderViewModel {
    private static final Messages TEXT = Messages.of(EncoderViewModel.class);
    /** The sizes offered; any WIDTHxHEIGHT can be typed. */
    public static final List<String> SIZES = List.of("1920x1080", "1280x720", "1080x1920", "720x1280", "854x480", "640x360");

    private final PreferencesKeeper keeper;
    private final VideoFormat running;
    private final EncoderSettings runningEncoder;
    private final StringProperty size = new SimpleStringProperty(this, "size");
    private final ObjectProperty<Integer> fps = new SimpleObjectProperty<>(this, "fps");
    private final StringProperty bitrateKbps = new SimpleStringProperty(this, "bitrateKbps");
    private final StringProperty keyframeSeconds = new SimpleStringProperty(this, "keyframeSeconds");
    private final StringProperty x264Preset = new SimpleStringProperty(this, "x264Preset");
    private final ObjectProperty<VideoEncoderChoice> videoEncoder = new SimpleObjectProperty<>(this, "videoEncoder");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<VideoFormat> savedFormat = new ReadOnlyObjectWrapper<>(this, "savedFormat");
    private final ReadOnlyObjectWrapper<EncoderSettings> savedEncoder = new ReadOnlyObjectWrapper<>(this, "savedEncoder");

    /**
     * @param runningFormat  what the engine encodes now (it started with it)
     * @param runningEncoder idem
     */
    public EncoderViewModel(PreferencesKeeper keeper, VideoFormat runningFormat, EncoderSettings runningEncoder) {
        this.keeper = keeper;
        this.running = runningFormat;
        this.runningEncoder = runningEncoder;
        Preferences saved = keeper.preferences();
        fill(saved.format(), saved.encoder());
        savedFormat.set(saved.format());
        savedEncoder.set(saved.encoder());
        refreshStatus();
        size.addListener((observable, before, after) -> message.set(""));
        bitrateKbps.addListener((observable, before, after) -> message.set(""));
        keyframeSeconds.addListener((observable, before, after) -> message.set(""));
    }

    private void fill(VideoFormat format, EncoderSettings encoder) {
        size.set(format.width() + "x" + format.height());
        fps.set(format.fps());
        bitrateKbps.set(String.valueOf(encoder.videoBitrateKbps()));
        keyframeSeconds.set(String.valueOf(encoder.keyframeIntervalSeconds()));
        x264Preset.set(encoder.x264Preset());
        videoEncoder.set(encoder.videoEncoder());
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<Integer> fpsProperty() {
        return fps;
    }

    public StringProperty bitrateKbpsProperty() {
        return bitrateKbps;
    }

    public StringProperty keyframeSecondsProperty() {
        return keyframeSeconds;
    }

    public StringProperty x264PresetProperty() {
        return x264Preset;
    }

    public ObjectProperty<VideoEncoderChoice> videoEncoderProperty() {
        return videoEncoder;
    }

    /** What is wrong with the form, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Saved: applies at the next start" and the like. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The encode the next start uses (what the destinations are checked against). */
    public ReadOnlyObjectProperty<VideoFormat> savedFormatProperty() {
        return savedFormat.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EncoderSettings> savedEncoderProperty() {
        return savedEncoder.getReadOnlyProperty();
    }

    /** Checks the form and saves it; false (and a message naming the field) when something must be fixed first. */
    public boolean save() {
        Optional<VideoFormat> format = format();
        if (format.isEmpty()) {
            return false;
        }
        Optional<Integer> bitrate = whole(bitrateKbps.get(), EncoderSettings.MIN_VIDEO_BITRATE_KBPS, EncoderSettings.MAX_VIDEO_BITRATE_KBPS,
                "encoder.invalid.bitrate");
        if (bitrate.isEmpty()) {
            return false;
        }
        Optional<Integer> keyframe = whole(keyframeSeconds.get(), 1, 10, "encoder.invalid.keyframe");
        if (keyframe.isEmpty()) {
            return false;
        }
        String preset = x264Preset.get() == null || !Preferences.X264_PRESETS.contains(x264Preset.get()) ? "veryfast" : x264Preset.get();
        VideoEncoderChoice choice = videoEncoder.get() == null ? VideoEncoderChoice.X264 : videoEncoder.get();
        EncoderSettings current = keeper.preferences().encoder();
        EncoderSettings encoder = new EncoderSettings(choice, bitrate.get(), keyframe.get(), preset, current.profile(),
                current.audioBitrateKbps());
        keeper.update(preferences -> preferences.withEncoding(format.get(), encoder));
        savedFormat.set(format.get());
        savedEncoder.set(encoder);
        message.set("");
        refreshStatus();
        return true;
    }

    /** A platform's recommendation: its resolution, frame rate, bitrate and keyframe interval filled in and saved. */
    public void apply(PlatformPreset.Recommendation recommendation) {
        EncoderSettings current = savedEncoder.get();
        fill(recommendation.format(), recommendation.appliedTo(current));
        save();
    }

    private Optional<VideoFormat> format() {
        String typed = size.get() == null ? "" : size.get().strip().toLowerCase(Locale.ROOT).replace('×', 'x').replace(" ", "");
        String[] sides = typed.split("x", -1);
        int width;
        int height;
        try {
            if (sides.length != 2) {
                throw new NumberFormatException(typed);
            }
            width = Integer.parseInt(sides[0]);
            height = Integer.parseInt(sides[1]);
        } catch (NumberFormatException notASize) {
            return invalid(TEXT.text("encoder.invalid.size-format", typed));
        }
        if (width < VideoFormat.MIN_DIMENSION || width > VideoFormat.MAX_DIMENSION || height < VideoFormat.MIN_DIMENSION
                || height > VideoFormat.MAX_DIMENSION) {
            return invalid(TEXT.text("encoder.invalid.size-range", typed, String.valueOf(VideoFormat.MIN_DIMENSION),
                    String.valueOf(VideoFormat.MAX_DIMENSION)));
        }
        if (width % 2 != 0 || height % 2 != 0) {
            return invalid(TEXT.text("encoder.invalid.size-odd", typed, (width & ~1) + "x" + (height & ~1)));
        }
        Integer chosenFps = fps.get();
        if (chosenFps == null || !VideoFormat.SUPPORTED_FPS.contains(chosenFps)) {
            return invalid(TEXT.text("encoder.invalid.fps", VideoFormat.SUPPORTED_FPS.toString()));
        }
        return Optional.of(new VideoFormat(width, height, chosenFps));
    }

    private Optional<Integer> whole(String text, int minimum, int maximum, String key) {
        String typed = text == null ? "" : text.strip();
        try {
            int value = Integer.parseInt(typed);
            if (value >= minimum && value <= maximum) {
                return Optional.of(value);
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        return invalid(TEXT.text(key, typed, String.valueOf(minimum), String.valueOf(maximum)));
    }

    private <T> Optional<T> invalid(String text) {
        message.set(text);
        return Optional.empty();
    }

    private void refreshStatus() {
        boolean sameAsRunning = running.equals(savedFormat.get()) && runningEncoder.equals(savedEncoder.get());
        status.set(sameAsRunning ? TEXT.text("encoder.status.running")
                : TEXT.text("encoder.status.next-start", running.width() + "×" + running.height(), String.valueOf(running.fps()),
                        String.valueOf(runningEncoder.videoBitrateKbps())));
    }
}
