package live.studio.show.file;

import java.util.Objects;
import live.studio.compose.Layout;

/** A named layout of the show ("demo-closeup": picture in picture), so the run-sheet speaks the producer's words. */
public record ShowLayout(String name, String label, Layout arrangement) {
    public ShowLayout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(arrangement, "arrangement");
    }
}
