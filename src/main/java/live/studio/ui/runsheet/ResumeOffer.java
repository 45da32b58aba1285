package live.studio.ui.runsheet;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;
import live.studio.show.CommandException;
import live.studio.show.runsheet.CueEngine;
import live.studio.show.runsheet.RunState;
import live.studio.show.runsheet.RunStateFile;
import live.studio.show.runsheet.Segment;
import live.studio.ui.common.Messages;
import live.studio.ui.common.Notice;

/**
 * After a crash: the run the studio saved was under way, so the window offers to resume it in the segment it was in
 * (fired cues stay fired) or to start over. The saved state is read before the cue engine saves anything; the engine
 * saves nothing until the run starts, so the offer stands until it is answered (and across another crash meanwhile).
 */
public final class ResumeOffer {
    private static final Messages TEXT = Messages.of(ResumeOffer.class);
    static final String RESUME_BUTTON_ID = "resume-run";
    static final String START_OVER_BUTTON_ID = "start-over";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ResumeOffer() {
    }

    /** The run of {@code showName} saved in {@code file} when it was under way; empty otherwise or when unreadable. */
    public static Optional<RunState> interruptedRun(Path file, String showName, Consumer<Notice> notices) {
        try {
            return RunStateFile.load(file).filter(RunState::resumable).filter(saved -> saved.show().equals(showName));
        } catch (RunStateFile.RunStateException damaged) {
            notices.accept(Notice.warning(TEXT.text("resume.damaged", damaged.getMessage())));
            return Optional.empty();
        }
    }

    /**
     * Asks, without blocking the window (the preview and the chat go on meanwhile). UI thread; call once the show's
     * run-sheet is in the engine.
     */
    public static Alert ask(RunState saved, CueEngine engine, Window owner, Consumer<Notice> notices,
                            Runnable startedOver) {
        String segmentId = saved.segmentId().orElseThrow();
        String title = engine.runSheet().segment(segmentId).map(Segment::title).orElse(segmentId);
        ButtonType resume = new ButtonType(TEXT.text("resume.resume", title), ButtonBar.ButtonData.YES);
        ButtonType startOver = new ButtonType(TEXT.text("resume.start-over"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", resume, startOver);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle(TEXT.text("resume.title"));
        alert.setHeaderText(TEXT.text("resume.header", title));
        alert.setContentText(TEXT.text("resume.content", CLOCK.format(saved.savedAt().atZone(ZoneId.systemDefault())),
                saved.firedCueIds().size()));
        alert.getDialogPane().lookupButton(resume).setId(RESUME_BUTTON_ID);
        alert.getDialogPane().lookupButton(startOver).setId(START_OVER_BUTTON_ID);
        alert.resultProperty().addListener((observable, before, answer) -> {
            if (answer != resume) {
                startedOver.run();
                return;
            }
            try {
                engine.resumeFrom(saved);
                notices.accept(Notice.info(TEXT.text("resume.resumed", title)));
            } catch (CommandException refused) {
                notices.accept(Notice.error(TEXT.text("resume.refused", refused.describe())));
            }
        });
        alert.show();
        return alert;
    }
}
