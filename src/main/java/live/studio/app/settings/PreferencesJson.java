package live.studio.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import live.studio.control.NetworkScope;
import live.studio.encode.EncoderSettings;
import live.studio.encode.VideoEncoderChoice;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Language;
import live.studio.ui.settings.ApiPreferences;
import live.studio.ui.settings.Preferences;
import live.studio.ui.settings.Theme;
import live.studio.ui.settings.WindowMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings window's fields in {@code settings.json}:
 * <pre>
 * "language": "fr", "theme": "dark", "windowMode": "host",
 * "encoder": {"width": 1280, "height": 720, "fps": 30, "videoBitrateKbps": 3000, "keyframeIntervalSeconds": 2,
 *             "x264Preset": "veryfast", "videoEncoder": "x264"},
 * "api": {"enabled": false, "port": 8765, "localNetwork": false}
 * </pre>
 * Each field is read on its own: a bad value is named with what to do and replaced by its default, and everything
 * else is read, so one typo never costs the other settings. A missing field keeps its default (older files).
 */
final class PreferencesJson {
    static final String LANGUAGE = "language";
    static final String THEME = "theme";
    static final String WINDOW_MODE = "windowMode";
    static final String ENCODER = "encoder";
    static final String API = "api";

    private PreferencesJson() {
    }

    static void write(Preferences preferences, ObjectNode json) {
        preferences.language().ifPresent(language -> json.put(LANGUAGE, language.code()));
        json.put(THEME, preferences.theme().settingsValue());
        json.put(WINDOW_MODE, preferences.windowMode().settingsValue());
        ObjectNode encoder = json.putObject(ENCODER);
        encoder.put("width", preferences.format().width());
        encoder.put("height", preferences.format().height());
        encoder.put("fps", preferences.format().fps());
        encoder.put("videoBitrateKbps", preferences.encoder().videoBitrateKbps());
        encoder.put("keyframeIntervalSeconds", preferences.encoder().keyframeIntervalSeconds());
        encoder.put("x264Preset", preferences.encoder().x264Preset());
        encoder.put("videoEncoder", preferences.encoder().videoEncoder().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode api = json.putObject(API);
        api.put("enabled", preferences.api().state() == ApiPreferences.ApiState.ON);
        api.put("port", preferences.api().port());
        api.put("localNetwork", preferences.api().scope() == NetworkScope.LAN);
    }

    /** Collects the fields as the parser meets them; each call returns the problems of that field. */
    static final class Reader {
        private Preferences preferences;

        Reader(Preferences defaults) {
            this.preferences = defaults;
        }

        Preferences result() {
            return preferences;
        }

        List<String> read(String field, JsonNode value) {
            List<String> problems = new ArrayList<>();
            switch (field) {
                case LANGUAGE -> {
                    Optional<Language> language = Optional.empty();
                    if (value.isString()) {
                        try {
                            language = Optional.of(Language.forCode(value.asString()));
                        } catch (IllegalArgumentException unknown) {
                            language = Optional.empty();
                        }
                    }
                    language.ifPresentOrElse(chosen -> preferences = preferences.withLanguage(chosen),
                            () -> problems.add(LANGUAGE + ": must be \"en\" or \"fr\", got " + value
                                    + "; the system's language is used (choose one in Settings > Appearance)"));
                }
                case THEME -> (value.isString() ? Theme.fromSettingsValue(value.asString()) : Optional.<Theme>empty())
                        .ifPresentOrElse(theme -> preferences = preferences.withTheme(theme),
                                () -> problems.add(THEME + ": must be \"dark\" or \"high-contrast\", got " + value
                                        + "; the dark theme is used (choose one in Settings > Appearance)"));
                case WINDOW_MODE -> (value.isString() ? WindowMode.fromSettingsValue(value.asString()) : Optional.<WindowMode>empty())
                        .ifPresentOrElse(mode -> preferences = preferences.withWindowMode(mode),
                                () -> problems.add(WINDOW_MODE + ": must be \"host\" or \"producer\", got " + value
                                        + "; the window opens in " + WindowMode.DEFAULT.settingsValue() + " mode"));
                case ENCODER -> readEncoder(value, problems);
                case API -> readApi(value, problems);
                default -> throw new IllegalArgumentException("not a preference: " + field);
            }
            return problems;
        }

        private void readEncoder(JsonNode value, List<String> problems) {
            if (!value.isObject()) {
                problems.add(ENCODER + ": must be an object { \"width\": 1280, ... }, got " + value + "; the default encoder settings are used");
                return;
            }
            VideoFormat format = preferences.format();
            EncoderSettings encoder = preferences.encoder();
            int width = whole(value, "width", format.width(), problems);
            int height = whole(value, "height", format.height(), problems);
            int fps = whole(value, "fps", format.fps(), problems);
            try {
                format = new VideoFormat(width, height, fps);
            } catch (IllegalArgumentException e) {
                problems.add(ENCODER + ".width/height/fps: " + e.getMessage() + "; " + format.width() + "x" + format.height()
                        + " at " + format.fps() + " fps is used (change it in Settings > Encoder)");
            }
            int bitrate = whole(value, "videoBitrateKbps", encoder.videoBitrateKbps(), problems);
            if (bitrate < EncoderSettings.MIN_VIDEO_BITRATE_KBPS || bitrate > EncoderSettings.MAX_VIDEO_BITRATE_KBPS) {
                problems.add(ENCODER + ".videoBitrateKbps: " + bitrate + " is out of range: use " + EncoderSettings.MIN_VIDEO_BITRATE_KBPS
                        + " to " + EncoderSettings.MAX_VIDEO_BITRATE_KBPS + "; " + encoder.videoBitrateKbps() + " is used");
                bitrate = encoder.videoBitrateKbps();
            }
            int keyframe = whole(value, "keyframeIntervalSeconds", encoder.keyframeIntervalSeconds(), problems);
            if (keyframe < 1 || keyframe > 10) {
                problems.add(ENCODER + ".keyframeIntervalSeconds: " + keyframe + " is out of range: use 1 to 10 (platforms ask for 2); "
                        + encoder.keyframeIntervalSeconds() + " is used");
                keyframe = encoder.keyframeIntervalSeconds();
            }
            String preset = encoder.x264Preset();
            if (value.has("x264Preset")) {
                JsonNode given = value.get("x264Preset");
                if (given.isString() && Preferences.X264_PRESETS.contains(given.asString())) {
                    preset = given.asString();
                } else {
                    problems.add(ENCODER + ".x264Preset: must be one of " + String.join(", ", Preferences.X264_PRESETS)
                            + ", got " + given + "; " + preset + " is used");
                }
            }
            VideoEncoderChoice videoEncoder = encoder.videoEncoder();
            if (value.has("videoEncoder")) {
                JsonNode given = value.get("videoEncoder");
                try {
                    videoEncoder = VideoEncoderChoice.parse(given.isString() ? given.asString() : given.toString());
                } catch (IllegalArgumentException e) {
                    problems.add(ENCODER + ".videoEncoder: " + e.getMessage() + "; " + videoEncoder.name().toLowerCase(java.util.Locale.ROOT)
                            + " is used");
                }
            }
            preferences = preferences.withEncoding(format, new EncoderSettings(videoEncoder, bitrate, keyframe, preset,
                    encoder.profile(), encoder.audioBitrateKbps()));
        }

        private void readApi(JsonNode value, List<String> problems) {
            if (!value.isObject()) {
                problems.add(API + ": must be an object { \"enabled\": false, \"port\": 8765, \"localNetwork\": false }, got " + value
                        + "; the API stays off");
                return;
            }
            ApiPreferences api = preferences.api();
            ApiPreferences.ApiState state = api.state();
            if (value.has("enabled")) {
                if (value.get("enabled").isBoolean()) {
                    state = value.get("enabled").asBoolean() ? ApiPreferences.ApiState.ON : ApiPreferences.ApiState.OFF;
                } else {
                    problems.add(API + ".enabled: must be true or false, got " + value.get("enabled") + "; the API stays off");
                    state = ApiPreferences.ApiState.OFF;
                }
            }
            int port = whole(value, "port", api.port(), problems, API);
            if (port < 0 || port > 65_535) {
                problems.add(API + ".port: " + port + " is out of range: use 0 to 65535 (0 = any free port); " + api.port() + " is used");
                port = api.port();
            }
            NetworkScope scope = api.scope();
            if (value.has("localNetwork")) {
                if (value.get("localNetwork").isBoolean()) {
                    scope = value.get("localNetwork").asBoolean() ? NetworkScope.LAN : NetworkScope.LOOPBACK;
                } else {
                    // the safe side: only this computer
                    problems.add(API + ".localNetwork: must be true or false, got " + value.get("localNetwork")
                            + "; only programs on this computer can reach the API");
                    scope = NetworkScope.LOOPBACK;
                }
            }
            preferences = preferences.withApi(new ApiPreferences(state, port, scope));
        }

        private static int whole(JsonNode object, String name, int fallback, List<String> problems) {
            return whole(object, name, fallback, problems, ENCODER);
        }

        private static int whole(JsonNode object, String name, int fallback, List<String> problems, String section) {
            if (!object.has(name)) {
                return fallback;
            }
            JsonNode value = object.get(name);
            if (!value.isInt()) {
                problems.add(section + "." + name + ": must be a whole number, got " + value + "; " + fallback + " is used");
                return fallback;
            }
            return value.asInt();
        }
    }
}
