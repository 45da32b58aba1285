package live.studio.installers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The modules of the installers' runtime as installers/app-image.cfg lists them, and what they resolve to. */
final class RuntimeModules {
    static final Path CONFIG = Path.of("installers/app-image.cfg");
    /** The JavaFX jars the runtime links its javafx.* modules from (--module-path in the file). */
    static final Path JAVAFX_JARS = Path.of("target/studio/lib/javafx");

    private RuntimeModules() {
    }

    /** The root modules given to jlink: the value of --add-modules. */
    static List<String> configured() {
        try {
            return Files.readAllLines(CONFIG).stream()
                    .filter(line -> line.startsWith("--add-modules "))
                    .findFirst()
                    .map(line -> Arrays.stream(line.substring("--add-modules ".length()).trim().split(",")).map(String::trim).toList())
                    .orElseThrow(() -> new IllegalStateException(CONFIG + " has no --add-modules line"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module that {@code roots} bring in, from the JDK running the tests and the JavaFX jars. */
    static Set<String> closure(Iterable<String> roots) {
        ModuleFinder finder = ModuleFinder.compose(ModuleFinder.ofSystem(), ModuleFinder.of(JAVAFX_JARS));
        Configuration configuration = Configuration.empty().resolve(finder, ModuleFinder.of(), Set.copyOf(toList(roots)));
        return configuration.modules().stream().map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> toList(Iterable<String> roots) {
        var list = new java.util.ArrayList<String>();
        roots.forEach(list::add);
        return list;
    }
}
