package live.studio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import live.studio.ui.destinations.PlatformPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The encoder page: each bad field named with what to type; a good form saved for the next start. */
class EncoderViewModelTest {
    private static final VideoFormat RUNNING = new VideoFormat(1280, 720, 30);
    private static final EncoderSettings RUNNING_ENCODER = EncoderSettings.defaults(3000);

    private final PreferencesKeeper keeper = PreferencesKeeper.inMemory(Preferences.defaults().withEncoding(RUNNING, RUNNING_ENCODER));
    private final EncoderViewModel encoder = new EncoderViewModel(keeper, RUNNING, RUNNING_ENCODER);

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void opensOnTheSettingsInUse() {
        assertThat(encoder.sizeProperty().get()).isEqualTo("1280x720");
        assertThat(encoder.fpsProperty().get()).isEqualTo(30);
        assertThat(encoder.bitrateKbpsProperty().get()).isEqualTo("3000");
        assertThat(encoder.keyframeSecondsProperty().get()).isEqualTo("2");
        assertThat(encoder.statusProperty().get()).isEqualTo("These are the settings the studio encodes with now.");
    }

    @Test
    void eachBadFieldIsNamedWithWhatToType() {
        encoder.sizeProperty().set("1280 by 720");
        assertThat(encoder.save()).isFalse();
        assertThat(encoder.messageProperty().get())
                .isEqualTo("Resolution: \"1280by720\" is not a size: type WIDTHxHEIGHT, e.g. 1280x720 or 1080x1920.");

        encoder.sizeProperty().set("1281x720");
        assertThat(encoder.save()).isFalse();
        assertThat(encoder.messageProperty().get()).isEqualTo("Resolution: 1281x720 has an odd side, which H.264 cannot encode: use 1280x720.");

        encoder.sizeProperty().set("100x100");
        assertThat(encoder.save()).isFalse();
        assertThat(encoder.messageProperty().get()).isEqualTo("Resolution: 100x100 is out of range: width and height must be 160 to 4096 pixels.");

        encoder.sizeProperty().set("1920x1080");
        encoder.bitrateKbpsProperty().set("6 Mbps");
        assertThat(encoder.save()).isFalse();
        assertThat(encoder.messageProperty().get())
                .isEqualTo("Video bitrate: \"6 Mbps\" is not possible: type a whole number of kbps from 200 to 50000, e.g. 4500.");

        encoder.bitrateKbpsProperty().set("6000");
        encoder.keyframeSecondsProperty().set("0");
        assertThat(encoder.save()).isFalse();
        assertThat(encoder.messageProperty().get()).startsWith("Keyframe interval: \"0\" is not possible: type a whole number of seconds from 1 to 10");

        assertThat(keeper.preferences().format()).as("nothing saved while a field is wrong").isEqualTo(RUNNING);
    }

    @Test
    void aGoodFormIsSavedForTheNextStart() {
        encoder.sizeProperty().set("1920×1080");
        encoder.bitrateKbpsProperty().set("6000");

        assertThat(encoder.save()).isTrue();

        assertThat(keeper.preferences().format()).isEqualTo(new VideoFormat(1920, 1080, 30));
        assertThat(keeper.preferences().encoder().videoBitrateKbps()).isEqualTo(6000);
        assertThat(encoder.messageProperty().get()).isEmpty();
        assertThat(encoder.statusProperty().get()).isEqualTo(
                "Saved: they apply at the next start (the studio encodes 1280×720 at 30 fps, 3000 kbps until then).");
    }

    @Test
    void aPlatformsRecommendationIsFilledInAndSaved() {
        encoder.apply(PlatformPreset.TIKTOK.recommendation().orElseThrow());

        assertThat(encoder.sizeProperty().get()).isEqualTo("1080x1920");
        assertThat(encoder.bitrateKbpsProperty().get()).isEqualTo("4000");
        assertThat(keeper.preferences().format()).isEqualTo(new VideoFormat(1080, 1920, 30));
        assertThat(keeper.preferences().encoder().videoBitrateKbps()).isEqualTo(4000);
        assertThat(keeper.preferences().encoder().x264Preset()).as("the rest kept").isEqualTo("veryfast");
    }

    @Test
    void theMessagesSpeakFrench() {
        Messages.use(Language.FRENCH);
        encoder.bitrateKbpsProperty().set("beaucoup");
        assertThat(encoder.save()).isFalse();
        assertThat(encoder.messageProperty().get())
                .isEqualTo("Débit vidéo : « beaucoup » n’est pas possible : tapez un nombre entier de kbit/s de 200 à 50000, p. ex. 4500.");
    }
}
