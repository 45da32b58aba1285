package live.studio.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes {@code docs/screenshots/runsheet-producer.png}: the window on
 * the demo show, its run-sheet under way in the second segment. Runs only when asked:
 * {@code ./mvnw test -Dtest=RunSheetScreenshot -Dstudio.screenshots=docs/screenshots}. Its name keeps it out of the
 * test run (it is a tool for the docs, not a test).
 */
class RunSheetScreenshot extends FxRobot {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theProducerViewMidShow() throws Exception {
        String target = System.getProperty("studio.screenshots", "");
        assumeTrue(!target.isBlank(), "set -Dstudio.screenshots=FOLDER to take the screenshots");
        Stage stage = FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT, EncoderSettings.defaults(3000),
                Sources.factory(StudioEnvironment.DEFAULT_FORMAT), StudioEnvironment.NO_DEVICES, folder);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        // These parts are the producer's (a first start opens in host mode).
        FxToolkit.setupFixture(() -> application.mainView().setMode(live.studio.ui.main.StudioMode.PRODUCER));
        if (!Boolean.getBoolean("studio.screenshot.screenSize")) {
            interact(() -> {
                stage.setWidth(1600);
                stage.setHeight(900);
            });
        }
        waitUntil(() -> application.cueEngine().runSheet().size() == 6);
        // The opening ran 3:20 of its 3 minutes (a figure to show), the demo segment is on air.
        application.show().controller().execute(new ShowCommand.StartRunSheet(live.studio.show.RunMode.REHEARSAL),
                CommandSource.WINDOW);
        application.show().controller().execute(new ShowCommand.GoToSegment("baskets"), CommandSource.WINDOW);
        Thread.sleep(2_500);

        Path folderPath = Path.of(target);
        interact(() -> {
            lookup("#main-tabs").<TabPane>query().getSelectionModel().select(1);
            lookup("#runsheet-table").<javafx.scene.control.TableView<?>>query().getSelectionModel().select(1);
        });
        Thread.sleep(1_000);
        Screenshots.save(stage, folderPath.resolve("runsheet-producer.png"));
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the window did not get ready in " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}
