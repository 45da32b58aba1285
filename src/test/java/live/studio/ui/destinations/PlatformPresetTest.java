package live.studio.ui.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The platforms' published settings, what one encode that does not suit them gets told, and the form's use of them. */
class PlatformPresetTest {
    private static final VideoFormat LANDSCAPE_1080 = new VideoFormat(1920, 1080, 30);

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void choosingAPresetFillsTheServerAndShowsItsRecommendation() {
        DestinationsViewModel form = new DestinationsViewModel();
        form.presetProperty().set(PlatformPreset.KICK);
        assertThat(form.serverUrlProperty().get()).isEqualTo("rtmps://fa723fc1b171.global-contribute.live-video.net:443/app/");
        assertThat(form.recommendedProperty().get()).isEqualTo("Recommended: 1920×1080 30 fps · 6000 kbps · keyframe every 2 s");

        form.presetProperty().set(PlatformPreset.FACEBOOK);
        assertThat(form.serverUrlProperty().get()).isEqualTo("rtmps://live-api-s.facebook.com:443/rtmp/");
        assertThat(form.recommendedProperty().get()).isEqualTo("Recommended: 1920×1080 30 fps · 4500 kbps · keyframe every 2 s");

        form.presetProperty().set(PlatformPreset.TIKTOK);
        assertThat(form.serverUrlProperty().get()).as("TikTok's server comes with each LIVE: pasted").isEmpty();
        assertThat(form.serverHintProperty().get()).contains("TikTok LIVE Studio");
        assertThat(form.recommendedProperty().get()).isEqualTo("Recommended: 1080×1920 30 fps · 4000 kbps · keyframe every 2 s");

        form.presetProperty().set(PlatformPreset.CUSTOM);
        assertThat(form.recommendedProperty().get()).as("custom: nothing recommended, everything editable").isEmpty();
        form.serverUrlProperty().set("rtmp://ingest.example.com/live");
        assertThat(form.serverUrlProperty().get()).isEqualTo("rtmp://ingest.example.com/live");
    }

    @Test
    void portraitPlatformsArePortraitAndMetaAndKickRequireRtmps() {
        assertThat(PlatformPreset.TIKTOK.recommendation().orElseThrow().format()).isEqualTo(new VideoFormat(1080, 1920, 30));
        assertThat(PlatformPreset.INSTAGRAM.recommendation().orElseThrow().format()).isEqualTo(new VideoFormat(720, 1280, 30));
        List<PlatformPreset> rtmpsOnly = new ArrayList<>();
        for (PlatformPreset preset : PlatformPreset.values()) {
            if (preset.transport() == PlatformPreset.Transport.RTMPS_ONLY) {
                rtmpsOnly.add(preset);
            }
        }
        assertThat(rtmpsOnly).containsExactly(PlatformPreset.FACEBOOK, PlatformPreset.INSTAGRAM, PlatformPreset.KICK);
    }

    @Test
    void anRtmpsOnlyPlatformRefusesAPlainRtmpServer() {
        DestinationsViewModel form = new DestinationsViewModel();
        form.presetProperty().set(PlatformPreset.INSTAGRAM);
        form.serverUrlProperty().set("rtmp://edgetee-upload.example.fbcdn.net:80/rtmp/");
        form.streamKeyProperty().set("instagram-key");

        assertThat(form.add()).isEmpty();
        assertThat(form.validationMessageProperty().get())
                .isEqualTo("Instagram accepts only secure RTMPS: the server must start with rtmps://");
    }

    @Test
    void oneEncodeThatDoesNotSuitAPlatformIsToldWhatToChange() {
        EncoderSettings fast = EncoderSettings.defaults(7000);

        List<PlatformPreset.EncoderProblem> twitch = PlatformPreset.TWITCH.checkEncoder(fast, LANDSCAPE_1080);
        assertThat(twitch).extracting(PlatformPreset.EncoderProblem::kind)
                .containsExactly(PlatformPreset.ProblemKind.BITRATE_ABOVE_MAXIMUM);
        assertThat(twitch.getFirst().message()).isEqualTo(
                "The encoder sends 7000 kbps, more than Twitch accepts (6000 kbps at most): lower the bitrate on the Encoder page.");

        List<PlatformPreset.EncoderProblem> tiktok = PlatformPreset.TIKTOK.checkEncoder(EncoderSettings.defaults(4000), LANDSCAPE_1080);
        assertThat(tiktok).extracting(PlatformPreset.EncoderProblem::kind)
                .containsExactly(PlatformPreset.ProblemKind.ORIENTATION_DIFFERS);
        assertThat(tiktok.getFirst().message()).startsWith("TikTok expects a portrait picture (1080×1920) but the encoder makes 1920×1080");

        EncoderSettings slowKeyframes = new EncoderSettings(fast.videoEncoder(), 3000, 4, "veryfast", fast.profile(), 160);
        assertThat(PlatformPreset.KICK.checkEncoder(slowKeyframes, LANDSCAPE_1080)).extracting(PlatformPreset.EncoderProblem::kind)
                .containsExactly(PlatformPreset.ProblemKind.KEYFRAME_INTERVAL_TOO_LONG);
        assertThat(PlatformPreset.YOUTUBE.checkEncoder(slowKeyframes, LANDSCAPE_1080)).as("YouTube allows up to 4 s").isEmpty();
        assertThat(PlatformPreset.CUSTOM.checkEncoder(EncoderSettings.defaults(50_000), new VideoFormat(720, 1280, 30))).isEmpty();
    }

    @Test
    void theRecommendationIsAppliedToTheEncoderAndTheAdviceFollows() {
        DestinationsViewModel form = new DestinationsViewModel();
        form.encoderFormatProperty().set(new VideoFormat(1280, 720, 30));
        form.encoderSettingsProperty().set(EncoderSettings.defaults(9000));
        List<PlatformPreset.Recommendation> applied = new ArrayList<>();
        form.setRecommendationTarget(recommendation -> {
            applied.add(recommendation);
            form.encoderFormatProperty().set(recommendation.format());
            form.encoderSettingsProperty().set(recommendation.appliedTo(form.encoderSettingsProperty().get()));
        });

        form.presetProperty().set(PlatformPreset.INSTAGRAM);
        assertThat(form.canApplyRecommendationProperty().get()).isTrue();
        assertThat(form.encoderAdviceProperty().get()).contains("more than Instagram accepts").contains("expects a portrait picture");

        assertThat(form.applyRecommendation()).isTrue();

        assertThat(applied).containsExactly(PlatformPreset.INSTAGRAM.recommendation().orElseThrow());
        assertThat(form.encoderSettingsProperty().get().videoBitrateKbps()).isEqualTo(3500);
        assertThat(form.encoderSettingsProperty().get().keyframeIntervalSeconds()).isEqualTo(2);
        assertThat(form.encoderFormatProperty().get()).isEqualTo(new VideoFormat(720, 1280, 30));
        assertThat(form.encoderAdviceProperty().get()).isEmpty();
        assertThat(form.appliedMessageProperty().get()).contains("Instagram");

        form.presetProperty().set(PlatformPreset.CUSTOM);
        assertThat(form.canApplyRecommendationProperty().get()).as("custom has nothing to apply").isFalse();
    }

    @Test
    void everyPresetSpeaksFrench() {
        Messages.use(Language.FRENCH);
        assertThat(PlatformPreset.CUSTOM.label()).isEqualTo("Personnalisé");
        assertThat(PlatformPreset.YOUTUBE.recommendationText())
                .isEqualTo("Recommandé : 1920×1080 30 i/s · 6000 kbit/s · image clé toutes les 2 s");
        for (PlatformPreset preset : PlatformPreset.values()) {
            assertThat(preset.label()).as(preset.name()).doesNotContain("⟦");
            assertThat(preset.serverHint()).as(preset.name()).doesNotContain("⟦");
        }
    }
}
