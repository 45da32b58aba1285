package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.preview.ProgramPreview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The studio window on JavaFX's headless platform, with the real engine: it opens on the moving test pattern, and Go
 * Live, set up by typing into the destination form, streams to a real RTMP ingest (FFmpeg listening on a free port).
 * Every wait polls with a generous deadline: a loaded two-core machine may be slow, never wrong.
 */
class StudioWindowTest extends FxRobot {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PREVIEW_PATIENCE = Duration.ofSeconds(10);
    /** Small, so the x264 encode leaves the two cores room for the test. */
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);
    private static final String STREAM_KEY = "sk-live-7f3a9c21e5";

    static {
        // The pom's -Dtestfx.headless=true makes TestFX demand Monocle, which has no build for JavaFX 26; the
        // platform's own headless glass (-Dglass.platform=Headless, also in the pom) is what runs these tests.
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(800), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void closingTheWindowFinishesTheRecording() throws Exception {
        clickOn("#record");
        pollFor(PATIENCE, () -> text("#status-outputs"), text -> text.startsWith("Recording: live"), "the status bar shows the recording");
        assertThat(text("#record")).isEqualTo("Stop recording");
        pollFor(PATIENCE, this::recordings, files -> files.size() == 1, "one recording in the folder");

        // What JavaFX does once the last window has closed.
        FxToolkit.cleanupApplication(application);
        application = null;

        Path recording = recordings().getFirst();
        assertThat(recording.getFileName().toString()).matches("studio-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.mkv");
        assertThat(probedDurationSeconds(recording)).as("the finished file's duration").isPositive();
    }

    private List<Path> recordings() {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("studio-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The container's duration as ffprobe reads it: only a finished Matroska file has one. */
    private static double probedDurationSeconds(Path file) {
        return Probe.of(file).durationSeconds();
    }

    @Test
    void opensOnTheMovingTestPatternAndTestTone() throws Exception {
        assertThat(onFx(() -> ((Stage) window("Live Studio")).isShowing())).isTrue();
        clickOn("#mode-producer");
        assertThat(onFx(() -> lookup("#main-video").queryComboBox().getValue().toString())).isEqualTo("Test pattern");
        assertThat(onFx(() -> lookup("#audio-source").queryComboBox().getValue().toString())).isEqualTo("Test tone");
        assertThat(onFx(() -> lookup("#chat-feed").tryQuery().isPresent())).as("the chat panel").isTrue();

        int[] first = pollFor(PREVIEW_PATIENCE, this::previewPixels, pixels -> pixels != null && !allBlack(pixels),
                "the preview shows a picture");
        pollFor(PREVIEW_PATIENCE, this::previewPixels, pixels -> !Arrays.equals(pixels, first), "the preview moves");

        pollFor(PATIENCE, () -> text("#status-engine"), text -> text.contains("fps"), "the status bar reports the frame clock");
    }

    @Test
    void goesLiveToALocalNginxAndStops() throws Exception {
        // nginx, not FFmpeg's one-client listener: the pre-flight's handshake is a client of its own. CI installs nginx.
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        try (NginxRtmpServer server = NginxRtmpServer.start()) {
            String streamUrl = server.url(STREAM_KEY);
            String serverUrl = streamUrl.substring(0, streamUrl.length() - STREAM_KEY.length() - 1);
            clickOn("#mode-producer"); // the destination form is the producer's
            interact(() -> lookup("#destination-preset").<ComboBox<PlatformPreset>>query().setValue(PlatformPreset.CUSTOM));
            clickOn("#destination-name").write("Local ingest");
            clickOn("#destination-server").write(serverUrl);
            clickOn("#destination-key").write(STREAM_KEY);
            clickOn("#destination-add");
            pollFor(PATIENCE, () -> allWindowTexts().contains("Local ingest"), added -> added, "the destination is listed");
            assertThat(text("#destination-message")).isEmpty();
            assertThat(allWindowTexts()).contains(serverUrl + "/****");

            clickOn("#go-live");
            // the pre-flight check comes first: its Go Live once every check has answered
            pollFor(PATIENCE, () -> onFx(() -> lookup("#preflight-go-live").tryQuery().filter(node -> !node.isDisabled())
                            .map(node -> "allowed").orElseGet(() -> lookup(".preflight-message").queryAllAs(Labeled.class)
                                    .stream().map(Labeled::getText).toList().toString())),
                    state -> state.equals("allowed"), "the pre-flight allows Go Live");
            clickOn("#preflight-go-live");
            pollFor(PATIENCE, () -> text("#status-outputs"), text -> text.startsWith("Local ingest: live"),
                    "the status bar shows the destination live");
            assertThat(text("#go-live")).isEqualTo("Stop");
            assertThat(onFx(() -> lookup("#go-live").query().getStyleClass())).contains("live");
            assertThat(allWindowTexts()).as("every text in the window").doesNotContain(STREAM_KEY);

            clickOn("#go-live");
            pollFor(PATIENCE, () -> text("#go-live"), text -> text.equals("Go Live"), "back off air");
            Path received = server.recordedFile(STREAM_KEY);
            assertThat(Files.size(received)).as("bytes the ingest received").isGreaterThan(10_000);
            assertThat(Probe.of(received).video().orElseThrow().width()).isEqualTo(CANVAS.width());
            assertThat(allWindowTexts()).doesNotContain(STREAM_KEY);
        }
    }

    // ---- reading the window (always on the FX thread) ----

    private int[] previewPixels() {
        return onFx(() -> {
            WritableImage image = lookup("#program-preview").<ProgramPreview>query().image();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return pixels;
        });
    }

    private static boolean allBlack(int[] pixels) {
        return Arrays.stream(pixels).allMatch(pixel -> (pixel & 0xFFFFFF) == 0);
    }

    private String text(String query) {
        return onFx(() -> {
            Node node = lookup(query).query();
            return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
        });
    }

    /** Every text a person could read in any window: labels, buttons, fields (the key field aside), tooltips, titles. */
    private String allWindowTexts() {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window instanceof Stage stage) {
                    texts.add(stage.getTitle());
                }
                if (window.getScene() != null) {
                    collectTexts(window.getScene().getRoot(), texts);
                }
            }
            return String.join("\n", texts);
        });
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof PasswordField) {
            return;
        }
        switch (node) {
            case Labeled labeled -> texts.add(labeled.getText());
            case TextInputControl input -> texts.add(input.getText());
            case Text text -> texts.add(text.getText());
            default -> { }
        }
        if (node instanceof javafx.scene.control.Control control) {
            Tooltip tooltip = control.getTooltip();
            if (tooltip != null) {
                texts.add(tooltip.getText());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, texts);
            }
        }
    }


}
