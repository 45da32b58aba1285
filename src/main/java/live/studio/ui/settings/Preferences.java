package live.studio.ui.settings;

import java.util.Objects;
import java.util.Optional;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.StudioEnvironment;
import live.studio.ui.common.Language;

/**
 * What the settings window changes and the next start uses: language, theme, window mode, the one encode every
 * destination shares, and the remote-control API. Stream destinations are kept apart ({@code DestinationKeeper}).
 *
 * @param language empty: the system's language (French on a French system, else English)
 */
public record Preferences(Optional<Language> language, Theme theme, WindowMode windowMode, VideoFormat format,
                          EncoderSettings encoder, ApiPreferences api) {
    /** The x264 presets offered, fastest first: slower ones need more cores than a shop's laptop has while live. */
    public static final java.util.List<String> X264_PRESETS = java.util.List.of("ultrafast", "superfast", "veryfast", "faster",
            "fast", "medium");

    public Preferences {
        Objects.requireNonNull(language);
        Objects.requireNonNull(theme);
        Objects.requireNonNull(windowMode);
        Objects.requireNonNull(format);
        Objects.requireNonNull(encoder);
        Objects.requireNonNull(api);
    }

    /** What a first run uses: the system's language, dark, producer, 720p30 at 3000 kbps, the API off. */
    public static Preferences defaults() {
        return new Preferences(Optional.empty(), Theme.DEFAULT, WindowMode.DEFAULT, StudioEnvironment.DEFAULT_FORMAT,
                EncoderSettings.defaults(StudioEnvironment.DEFAULT_VIDEO_BITRATE_KBPS), ApiPreferences.DEFAULT);
    }

    /** The language to speak: the chosen one, else the system's. */
    public Language languageOrSystem() {
        return language.orElseGet(Language::fromSystem);
    }

    public Preferences withLanguage(Language chosen) {
        return new Preferences(Optional.of(chosen), theme, windowMode, format, encoder, api);
    }

    public Preferences withTheme(Theme chosen) {
        return new Preferences(language, chosen, windowMode, format, encoder, api);
    }

    public Preferences withWindowMode(WindowMode chosen) {
        return new Preferences(language, theme, chosen, format, encoder, api);
    }

    public Preferences withEncoding(VideoFormat chosenFormat, EncoderSettings chosenEncoder) {
        return new Preferences(language, theme, windowMode, chosenFormat, chosenEncoder, api);
    }

    public Preferences withApi(ApiPreferences chosen) {
        return new Preferences(language, theme, windowMode, format, encoder, chosen);
    }
}
