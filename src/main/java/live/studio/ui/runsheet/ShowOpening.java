package live.studio.ui.runsheet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import live.studio.compose.Layout;
import live.studio.show.ShowController;
import live.studio.show.file.ShowFile;
import live.studio.show.file.ShowFileLoad;
import live.studio.show.file.ShowFileReader;
import live.studio.show.file.ShowLayout;
import live.studio.show.file.ShowProblem;
import live.studio.show.runsheet.CueEngine;
import live.studio.ui.common.Messages;
import live.studio.ui.common.Notice;
import live.studio.ui.common.UiThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the show file without holding up the window: read on the thread {@code show-reader}; its catalog goes to the
 * show controller, its run-sheet and layouts to the cue engine. A show that cannot be used leaves the window with the
 * fallback (the catalog alone) and one notice with its problems, {@code FILE:LINE:COLUMN: field: message} each.
 */
public final class ShowOpening {
    private static final Messages TEXT = Messages.of(ShowOpening.class);
    private static final Logger LOG = LoggerFactory.getLogger(ShowOpening.class);
    static final int PROBLEMS_SHOWN = 6;

    private ShowOpening() {
    }

    /**
     * @param fallback run when the show cannot be used (the window then opens the catalog alone)
     * @param opened   run once the show's catalog and run-sheet are in place (on the reading thread)
     */
    public static Thread open(Path file, ShowController controller, CueEngine engine, UiThread ui,
                              Consumer<Notice> notices, Runnable fallback, Runnable opened) {
        return Thread.ofPlatform().name("show-reader").daemon().start(() -> {
            ShowFileLoad load;
            try {
                load = ShowFileReader.read(file);
            } catch (RuntimeException e) {
                LOG.error("Reading the show {} failed", file, e);
                ui.execute(() -> notices.accept(Notice.error(TEXT.text("show.unreadable", file, e.getMessage()))));
                fallback.run();
                return;
            }
            load.problems().forEach(problem -> LOG.warn("show: {}", problem));
            if (load.show().isEmpty()) {
                ui.execute(() -> notices.accept(Notice.error(text(file, load.problems(), TEXT.text("show.problems.catalog-alone")))));
                fallback.run();
                return;
            }
            ShowFile show = load.show().get();
            controller.setCatalog(show.catalog());
            Map<String, Layout> layouts = new LinkedHashMap<>();
            for (ShowLayout layout : show.layouts()) {
                layouts.put(layout.name(), layout.arrangement());
            }
            engine.setLayouts(layouts);
            engine.replaceRunSheet(show.runSheet());
            if (!load.problems().isEmpty()) {
                ui.execute(() -> notices.accept(Notice.warning(text(file, load.problems(), TEXT.text("show.problems.opened")))));
            }
            opened.run();
        });
    }

    private static String text(Path file, List<ShowProblem> problems, String outcome) {
        StringBuilder text = new StringBuilder(TEXT.text("show.problems", file.getFileName(), problems.size(), outcome));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> text.append('\n').append(problem));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append('\n').append(TEXT.text("show.more-problems", problems.size() - PROBLEMS_SHOWN, file));
        }
        return text.toString();
    }
}
