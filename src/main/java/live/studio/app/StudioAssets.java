package live.studio.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files shipped beside the program are: the demo catalog and show, the themes. The launcher passes its
 * installation folder as {@code studio.home}; run from the project (tests, {@code exec:exec@studio}) they are in
 * the working directory's {@code assets}.
 */
public final class StudioAssets {
    public static final String DEFAULT_THEME = "studio";

    private StudioAssets() {
    }

    public static Path directory() {
        String home = System.getProperty("studio.home");
        if (home != null && Files.isDirectory(Path.of(home, "assets"))) {
            return Path.of(home, "assets");
        }
        return Path.of("assets").toAbsolutePath();
    }

    public static Path demoCatalog() {
        return directory().resolve("demo").resolve("catalog.json");
    }

    public static Path theme(String name) {
        return directory().resolve("themes").resolve(name + ".json");
    }
}
