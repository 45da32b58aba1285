package live.studio.show.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import live.studio.catalog.Catalog;
import live.studio.show.runsheet.RunSheet;

/**
 * A show as the producer wrote it (JSON, or YAML by hand): what it is, what it sells, how it looks, and its run-sheet.
 *
 * @param source  the file it was read from, so relative references (pictures, CSV imports) resolve beside it
 * @param theme   the overlay theme's name ({@code studio}, {@code boutique})
 * @param layouts the show's named layouts, which segments and {@code layout.set} cues may name beside the built-in ones
 */
public record ShowFile(Optional<Path> source, ShowInfo info, Catalog catalog, String theme, List<ShowLayout> layouts,
                       RunSheet runSheet) {
    public ShowFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(runSheet, "runSheet");
        layouts = List.copyOf(layouts);
    }

    public Optional<ShowLayout> layout(String name) {
        return layouts.stream().filter(layout -> layout.name().equals(name)).findFirst();
    }

    public ShowFile withRunSheet(RunSheet edited) {
        return new ShowFile(source, info, catalog, theme, layouts, edited);
    }
}
