package live.studio.ui.common;

import java.util.List;

/** What kind of file a source picker asks for, with the patterns a file chooser offers. */
public enum FileKind {
    MEDIA("Media files", List.of("*.mp4", "*.mov", "*.mkv", "*.webm", "*.avi", "*.m4v", "*.flv")),
    IMAGE("Images", List.of("*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif"));

    private final String description;
    private final List<String> patterns;

    FileKind(String description, List<String> patterns) {
        this.description = description;
        this.patterns = patterns;
    }

    public String description() {
        return description;
    }

    public List<String> patterns() {
        return patterns;
    }
}
