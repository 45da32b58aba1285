package live.studio.ui.common;

import java.util.List;

/** What kind of file a source picker asks for, with the patterns a file chooser offers. */
public enum FileKind {
    MEDIA("file-kind.media", List.of("*.mp4", "*.mov", "*.mkv", "*.webm", "*.avi", "*.m4v", "*.flv")),
    IMAGE("file-kind.image", List.of("*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif"));

    private final String descriptionKey;
    private final List<String> patterns;

    FileKind(String descriptionKey, List<String> patterns) {
        this.descriptionKey = descriptionKey;
        this.patterns = patterns;
    }

    /** The file chooser's name for the kind, in the window's language. */
    public String description() {
        return Words.TEXT.text(descriptionKey);
    }

    public List<String> patterns() {
        return patterns;
    }

    /** An enum's constants come first: the bundle is held here so that the constants may use it. */
    private static final class Words {
        private static final Messages TEXT = Messages.of(FileKind.class);
    }
}
