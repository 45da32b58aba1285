package live.studio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.StopReason;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.PlatformPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The stats bar and the destination chips of the real view over a real (unstarted) engine, fed one second of engine
 * stats as the engine's stats thread would hand it over.
 */
class MainViewStatsTest {
    private static final VideoFormat SMALL = new VideoFormat(320, 180, 30);

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path recordings;

    private LiveEngine engine;
    private MainViewModel viewModel;
    private MainView view;

    @BeforeEach
    void openView() throws Exception {
        FxToolkit.registerPrimaryStage();
        engine = new LiveEngine(SMALL, EncoderSettings.defaults(500), Sources.factory(SMALL));
        FxToolkit.setupStage(stage -> {
            viewModel = new MainViewModel(engine, UiThread.javafx(), Runnable::run, List::of, kind -> java.util.Optional.empty(),
                    recordings, Clock.systemUTC());
            view = new MainView(viewModel, UiThread.javafx());
            stage.setScene(new Scene(view.root(), 1280, 720));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            view.dispose();
            return null;
        });
        viewModel.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theStatsBarFillsInFromEngineStatsAndColoursCongestion() throws Exception {
        onFx(() -> {
            viewModel.applyStats(LiveStatsTest.stats(29.97, 0, List.of(LiveStatsTest.output("YouTube", OutputState.LIVE, 4500, 0.72),
                    LiveStatsTest.output("Twitch", OutputState.LIVE, 2500, 0.1), LiveStatsTest.output("Recording", OutputState.LIVE, 4400, 0))), 0.37);
            return null;
        });

        assertThat(text("#stats-fps")).isEqualTo("30.0 fps");
        assertThat(text("#stats-dropped")).isEqualTo("dropped 0");
        assertThat(text("#stats-cpu")).isEqualTo("CPU 37 %");
        assertThat(text("#stats-bitrate")).isEqualTo("up 7000 kbps");
        assertThat(text("#stats-congestion")).isEqualTo("congestion 72 %");
        assertThat(styles("#stats-congestion")).contains("stat-bad").doesNotContain("stat-ok");
        assertThat(styles("#stats-cpu")).contains("stat-ok");

        onFx(() -> {
            viewModel.applyStats(LiveStatsTest.stats(30, 0, List.of(LiveStatsTest.output("YouTube", OutputState.LIVE, 4500, 0.02))), 0.37);
            return null;
        });
        assertThat(styles("#stats-congestion")).contains("stat-ok").doesNotContain("stat-bad");
    }

    @Test
    void eachTickedDestinationHasAChipWithItsStateColour() throws Exception {
        onFx(() -> {
            var destinations = viewModel.destinations();
            destinations.presetProperty().set(PlatformPreset.CUSTOM);
            destinations.nameProperty().set("Boutique");
            destinations.serverUrlProperty().set("rtmp://127.0.0.1:1935/live");
            destinations.streamKeyProperty().set("sk-boutique-1");
            destinations.add().orElseThrow();
            viewModel.applyStats(LiveStatsTest.stats(30, 0, List.of()), 0.1);
            return null;
        });
        assertThat(onFx(() -> viewModel.destinationHealth().toString())).contains("Boutique");
        assertThat(onFx(() -> String.valueOf(view.root().lookup("#destination-health")))).isNotEqualTo("null");
        assertThat(styles("#destination-chip-Boutique")).contains("destination-chip", "chip-idle");

        OutputStatus reconnecting = new OutputStatus("Boutique", "rtmp://127.0.0.1:1935/live/****", OutputState.RECONNECTING,
                StopReason.CONNECTION_LOST, "", 0, 0, 0, 2, 2600, 1000);
        onFx(() -> {
            viewModel.applyStats(LiveStatsTest.stats(30, 0, List.of(reconnecting)), 0.1);
            return null;
        });
        assertThat(styles("#destination-chip-Boutique")).contains("chip-warning").doesNotContain("chip-idle");
        assertThat(onFx(() -> ((Label) view.root().lookup("#destination-chip-Boutique .chip-state")).getText()))
                .isEqualTo("reconnecting in 3 s");
        assertThat(onFx(() -> List.copyOf(viewModel.eventLog().entries())))
                .anyMatch(entry -> entry.kind() == EventKind.OUTPUT && entry.text().startsWith("Boutique: reconnecting in 3 s"));
    }

    @Test
    void inFrenchTheWindowSpeaksFrench() throws Exception {
        try {
            live.studio.ui.common.Messages.use(live.studio.ui.common.Language.FRENCH);
            MainView french = onFx(() -> new MainView(viewModel, UiThread.javafx()));
            assertThat(onFx(() -> ((javafx.scene.control.Labeled) french.root().lookup("#go-live")).getText())).isEqualTo("Passer en direct");
            assertThat(onFx(() -> ((javafx.scene.control.Labeled) french.root().lookup("#record")).getText())).isEqualTo("Enregistrer");
            assertThat(onFx(() -> ((javafx.scene.control.Labeled) french.root().lookup("#mode-host")).getText())).isEqualTo("Animation");
            assertThat(onFx(() -> ((javafx.scene.control.Labeled) french.root().lookup("#mode-producer")).getText())).isEqualTo("Régie");
            assertThat(onFx(() -> ((javafx.scene.control.Labeled) french.root().lookup("#go-live")).getTooltip().getText()))
                    .isEqualTo("Passer en direct sur toutes les destinations cochées\u00a0; à nouveau pour arrêter (Ctrl+L)");
            onFx(() -> {
                french.dispose();
                return null;
            });
        } finally {
            live.studio.ui.common.Messages.use(live.studio.ui.common.Language.ENGLISH);
        }
    }

    private String text(String id) throws Exception {
        return onFx(() -> ((Label) view.root().lookup(id)).getText());
    }

    private List<String> styles(String id) throws Exception {
        return onFx(() -> {
            Node node = view.root().lookup(id);
            return node == null ? List.of() : List.copyOf(node.getStyleClass());
        });
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        FutureTask<T> task = new FutureTask<>(read);
        Platform.runLater(task);
        return task.get();
    }
}
