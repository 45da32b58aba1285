package live.studio.ui.main;

import java.nio.file.Path;
import java.util.function.Function;
import live.studio.ui.common.FileKind;

/**
 * One entry of a source picker: either a source ready to use, or one that first needs a file from the operator.
 *
 * @param <S> the spec type ({@code VideoSourceSpec} or {@code AudioSourceSpec})
 */
public sealed interface SourceChoice<S> {

    String label();

    /** @param spec what the engine is given; null means "no source" in the second video slot */
    record Ready<S>(String label, S spec) implements SourceChoice<S> {
        @Override
        public String toString() {
            return label;
        }
    }

    /** "Media file…", "Image…": choosing it opens a file chooser, and the file becomes a {@link Ready} choice. */
    record AskForFile<S>(String label, FileKind kind, String chosenPrefix, Function<Path, S> toSpec) implements SourceChoice<S> {
        public Ready<S> chosen(Path file) {
            return new Ready<>(chosenPrefix + file.getFileName(), toSpec.apply(file));
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
