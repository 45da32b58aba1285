package live.studio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import live.studio.app.Sources;
import live.studio.capture.VideoSourceSpec;
import live.studio.compose.Layout;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.ui.common.FilePicker;
import live.studio.ui.common.Notice;
import live.studio.ui.destinations.PlatformPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's view-model on a real engine, with no window: the test thread plays the UI thread. */
class MainViewModelTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final VideoFormat SMALL = new VideoFormat(320, 180, 30);
    private static final Clock AT_0830_15 = Clock.fixed(Instant.parse("2026-11-21T08:30:15Z"), ZoneOffset.UTC);

    @TempDir
    Path recordings;

    private TestUiThread ui;
    private LiveEngine engine;
    private Optional<Path> fileTheOperatorPicks = Optional.empty();
    private MainViewModel viewModel;

    @BeforeEach
    void startEngine() {
        ui = new TestUiThread();
        engine = new LiveEngine(SMALL, EncoderSettings.defaults(500), Sources.factory(SMALL));
        FilePicker files = kind -> fileTheOperatorPicks;
        viewModel = new MainViewModel(engine, ui.uiThread(), Runnable::run, List::of, files, recordings, AT_0830_15);
    }

    @AfterEach
    void closeEngine() {
        viewModel.close();
    }

    @Test
    void startsOnTheTestPatternAndTestToneAndReportsOnceASecond() throws InterruptedException {
        viewModel.start();

        assertThat(viewModel.mainVideo().activeProperty().get()).isEqualTo(SourceChoices.TEST_PATTERN);
        assertThat(viewModel.audio().activeProperty().get()).isEqualTo(SourceChoices.TEST_TONE);
        assertThat(viewModel.secondVideo().activeProperty().get()).isEqualTo(SourceChoices.NO_VIDEO);
        assertThat(engine.videoSource(0)).isInstanceOf(VideoSourceSpec.TestPattern.class);
        ui.runUntil(() -> viewModel.engineStatusProperty().get().contains("fps"), PATIENCE,
                () -> "status bar: " + viewModel.engineStatusProperty().get());
        assertThat(viewModel.outputsStatusProperty().get()).isEqualTo("Off air · not recording");
    }

    @Test
    void theLayoutAndAudioControlsReachTheEngine() {
        viewModel.start();

        viewModel.layoutProperty().set(Layout.SIDE_BY_SIDE);
        viewModel.muteStateProperty().set(live.studio.compose.MuteState.MUTED);

        assertThat(engine.layout()).isEqualTo(Layout.SIDE_BY_SIDE);
        assertThat(engine.muteState()).isEqualTo(live.studio.compose.MuteState.MUTED);
    }

    @Test
    void aSourceThatCannotOpenIsExplainedAndThePickerGoesBack() throws InterruptedException {
        viewModel.start();
        fileTheOperatorPicks = Optional.of(recordings.resolve("missing.mp4"));

        viewModel.mainVideo().selectedProperty().set(SourceChoices.MEDIA_FILE);
        ui.runUntil(() -> !viewModel.notifications().notices().isEmpty(), PATIENCE, () -> "no message for the operator");

        assertThat(viewModel.notifications().notices()).singleElement().satisfies(notice -> {
            assertThat(notice.severity()).isEqualTo(Notice.Severity.ERROR);
            assertThat(notice.message()).startsWith("Main video: cannot use 'File: missing.mp4': ");
        });
        assertThat(viewModel.mainVideo().selectedProperty().get()).isEqualTo(SourceChoices.TEST_PATTERN);
        assertThat(viewModel.mainVideo().choices()).extracting(SourceChoice::label).contains("File: missing.mp4");
        assertThat(engine.videoSource(0)).isInstanceOf(VideoSourceSpec.TestPattern.class);
    }

    @Test
    void cancellingTheFileChooserKeepsTheSourceOnAir() {
        viewModel.start();

        viewModel.mainVideo().selectedProperty().set(SourceChoices.IMAGE_FILE);
        ui.runPending();

        assertThat(viewModel.mainVideo().selectedProperty().get()).isEqualTo(SourceChoices.TEST_PATTERN);
        assertThat(viewModel.notifications().notices()).isEmpty();
    }

    @Test
    void goLiveWithoutADestinationSaysWhatToDo() {
        viewModel.start();

        viewModel.toggleLive();

        assertThat(viewModel.broadcastStateProperty().get()).isEqualTo(BroadcastState.OFF_AIR);
        assertThat(viewModel.notifications().notices()).extracting(Notice::message)
                .containsExactly("Add a destination first: pick the platform, paste the stream key, then Go Live.");
    }

    @Test
    void recordsToADatedMatroskaFileInTheRecordingsFolder() throws InterruptedException, IOException {
        viewModel.start();

        viewModel.toggleRecording();
        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.RECORDING);
        Path file = recordings.resolve("studio-2026-11-21-083015.mkv");
        assertThat(viewModel.recordingFile()).isEqualTo(file);
        ui.runUntil(() -> viewModel.outputsStatusProperty().get().startsWith("Recording: live"), PATIENCE,
                () -> "status bar: " + viewModel.outputsStatusProperty().get());

        viewModel.toggleRecording();

        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.IDLE);
        assertThat(Files.size(file)).isPositive();
        assertThat(viewModel.notifications().notices()).extracting(Notice::message).containsExactly("Recording saved: " + file);
        assertThat(viewModel.nextRecordingFile()).as("the next one does not overwrite it")
                .isEqualTo(recordings.resolve("studio-2026-11-21-083015-2.mkv"));
    }

    @Test
    void aDestinationThatRefusesTheConnectionIsReportedAndTakesTheStudioOffAir() throws IOException, InterruptedException {
        String streamKey = "refused-secret-key-1234";
        viewModel.start();
        var destinations = viewModel.destinations();
        destinations.presetProperty().set(PlatformPreset.CUSTOM);
        destinations.nameProperty().set("Local");
        destinations.serverUrlProperty().set("rtmp://127.0.0.1:" + closedPort() + "/live");
        destinations.streamKeyProperty().set(streamKey);
        assertThat(destinations.add()).isPresent();

        viewModel.toggleLive();
        assertThat(viewModel.broadcastStateProperty().get()).isEqualTo(BroadcastState.ON_AIR);
        ui.runUntil(() -> viewModel.broadcastStateProperty().get() == BroadcastState.OFF_AIR, PATIENCE,
                () -> "still " + viewModel.broadcastStateProperty().get() + "; status: " + viewModel.outputsStatusProperty().get());

        assertThat(viewModel.notifications().notices()).extracting(Notice::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Local: failed: nothing accepts connections at that address and port"))
                .contains("Off air: no destination is streaming any more.")
                .noneSatisfy(message -> assertThat(message).contains(streamKey));
    }

    @Test
    void aFillingDiskIsAnnouncedOnceAndAFullOneSaysWhatToDo() {
        viewModel.start();
        String warning = "disk space low: 0.8 GB left on /media/usb (/dev/sdb1), about 35 min at 3000 kbps"
                + " — free some space or record to another disk";
        var filling = new live.studio.output.OutputStatus("Recording", "/media/usb/show.mkv", live.studio.output.OutputState.LIVE,
                live.studio.output.StopReason.NONE, "", 3000, 0, 0, 0, 0, 1_000_000, warning);
        viewModel.applyStats(withOutputs(filling));
        viewModel.applyStats(withOutputs(filling));
        assertThat(viewModel.notifications().notices()).extracting(Notice::message)
                .containsOnlyOnce("Recording: " + warning);
        assertThat(viewModel.outputsStatusProperty().get()).contains("Recording: live 3000 kbps — disk space low");

        var full = new live.studio.output.OutputStatus("Recording", "/media/usb/show.mkv", live.studio.output.OutputState.FAILED,
                live.studio.output.StopReason.DISK_FULL, "/media/usb/show.mkv: No space left on device", 0, 0, 0, 0, 0, 2_000_000);
        viewModel.applyStats(withOutputs(full));
        assertThat(viewModel.notifications().notices()).extracting(Notice::message).anySatisfy(message -> assertThat(message)
                .startsWith("Recording: failed: the recording's disk is full (free some space (or choose a recordings folder on another disk)")
                .contains("the file recorded so far plays, and the stream goes on")
                .endsWith("No space left on device"));
    }

    private live.studio.engine.EngineStats withOutputs(live.studio.output.OutputStatus... outputs) {
        var base = engine.stats();
        return new live.studio.engine.EngineStats(base.uptimeMillis(), base.framesPerSecond(), base.renderedFrames(),
                base.droppedFrames(), base.repeatedFrames(), base.lateTicks(), base.encoderQueueDepth(),
                base.encoderQueueCapacity(), base.encodedFrames(), base.videoBitrateKbps(), base.encodeLatencyMillis(),
                base.audioLevels(), List.of(outputs), base.encoderFailure());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
