package live.studio.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the operator for a file; the window uses a FileChooser, tests answer directly. */
@FunctionalInterface
public interface FilePicker {
    /** Empty when the operator cancels. */
    Optional<Path> choose(FileKind kind);
}
