package live.studio.ui.shelf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import live.studio.catalog.Catalog;
import live.studio.catalog.CatalogImport;
import live.studio.catalog.CatalogProblem;
import live.studio.catalog.CatalogReader;
import live.studio.catalog.ProblemSeverity;
import live.studio.show.ShowController;
import live.studio.ui.common.Messages;
import live.studio.ui.common.Notice;
import live.studio.ui.common.UiThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the show's catalog without holding up the window: the file is read on the thread {@code catalog-reader} and
 * what could be read goes to the show controller (the shelf follows it). A bad file never stops the studio: its
 * problems become one notice, {@code FILE:LINE:COLUMN: field: message} each, as {@code studio validate} prints them.
 */
public final class CatalogOpening {
    private static final Messages TEXT = Messages.of(CatalogOpening.class);
    private static final Logger LOG = LoggerFactory.getLogger(CatalogOpening.class);
    /** Problems listed in the notice; the rest are counted (and all are in the log). */
    static final int PROBLEMS_SHOWN = 6;

    private CatalogOpening() {
    }

    /** Reads {@code file} in the background, gives its catalog to {@code controller}, its problems to {@code notices}. */
    public static Thread open(Path file, ShowController controller, UiThread ui, Consumer<Notice> notices) {
        return Thread.ofPlatform().name("catalog-reader").daemon().start(() -> {
            CatalogImport imported;
            try {
                imported = CatalogReader.read(file);
            } catch (RuntimeException e) {
                LOG.error("Reading the catalog {} failed", file, e);
                ui.execute(() -> notices.accept(Notice.error(TEXT.text("catalog.unreadable", file, e.getMessage()))));
                return;
            }
            imported.problems().forEach(problem -> LOG.warn("catalog: {}", problem));
            controller.setCatalog(imported.catalog());
            noticeOf(file, imported).ifPresent(notice -> ui.execute(() -> notices.accept(notice)));
        });
    }

    /** One notice listing the file's problems (a few, then how many more), or empty for a clean file. */
    static Optional<Notice> noticeOf(Path file, CatalogImport imported) {
        List<CatalogProblem> problems = imported.problems();
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = imported.catalog();
        StringBuilder text = new StringBuilder(TEXT.text("catalog.problems", file.getFileName(), problems.size(),
                catalog.products().size(), catalog.promoCodes().size()));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> text.append('\n').append(problem));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append('\n').append(TEXT.text("catalog.more-problems", problems.size() - PROBLEMS_SHOWN, file));
        }
        boolean errors = problems.stream().anyMatch(problem -> problem.severity() == ProblemSeverity.ERROR);
        return Optional.of(errors ? Notice.error(text.toString()) : Notice.warning(text.toString()));
    }
}
