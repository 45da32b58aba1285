package live.studio.ui.runsheet;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Duration;
import live.studio.ui.commerce.ShowActions;

/**
 * The window's run-sheet: the producer's and the host's views over one engine, kept in step with it a few times a
 * second (the clocks) and at once after an edit. UI thread only.
 */
public final class RunSheetDesk {
    /** Often enough for the time left to change on the second to the eye. */
    private static final Duration CLOCK_REFRESH = Duration.millis(200);
    private static final String STYLESHEET = Objects.requireNonNull(
            RunSheetDesk.class.getResource("runsheet.css")).toExternalForm();

    private final RunSheetEngine engine;
    private final ProducerViewModel producer;
    private final HostViewModel host;
    private final ProducerView producerView;
    private final HostView hostView;
    private final Timeline clock;

    public RunSheetDesk(RunSheetEngine engine, ShowActions actions, Optional<ProducerViewModel.RunSheetSaver> saver,
                        ProducerView.FileChooser files) {
        this.engine = Objects.requireNonNull(engine);
        RunProgress progress = engine.progress();
        producer = new ProducerViewModel(engine, saver, progress);
        host = new HostViewModel(actions);
        host.update(engine.runSheet(), progress);
        producerView = new ProducerView(producer, host, files);
        hostView = new HostView(host);
        for (Node root : new Node[] {producerView.root(), hostView.root()}) {
            ((Parent) root).getStylesheets().add(STYLESHEET);
        }
        clock = new Timeline(new KeyFrame(CLOCK_REFRESH, event -> refresh()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    /** Reads the engine: where the show is, and its run-sheet (an edit from the API shows up here too). */
    public void refresh() {
        RunProgress progress = engine.progress();
        producer.update(progress, engine.runSheet());
        host.update(engine.runSheet(), progress);
    }

    public Node producerView() {
        return producerView.root();
    }

    public Node hostView() {
        return hostView.root();
    }

    public ProducerViewModel producer() {
        return producer;
    }

    public HostViewModel host() {
        return host;
    }

    /** Ctrl+plus/minus for the host's script. */
    public void installShortcuts(Scene scene) {
        hostView.installShortcuts(scene);
    }

    public void dispose() {
        clock.stop();
    }

    /** For tests and the screenshot: the time the views were last refreshed is now. */
    LocalDateTime lastRefreshed() {
        return producer.progress().now();
    }
}
