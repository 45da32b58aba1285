package live.studio.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * The installers' trimmed runtime holds what the studio's jars use, and nothing that nothing uses: jdeps reads every
 * class of the distribution (target/studio/lib, so after `package`) and the result is compared with the modules that
 * installers/app-image.cfg gives jlink. When a feature starts using a new JDK module, this test names it.
 */
class InstallerRuntimeModulesIT {
    /**
     * In the runtime ahead of the code that will use them (docs/adr/0009): the chat sources (java.net.http for Twitch
     * and YouTube) and the remote-control API (jdk.httpserver) are being built alongside.
     */
    private static final Set<String> KEPT_FOR_FEATURES_ON_THEIR_WAY = Set.of("java.net.http", "jdk.httpserver");

    @Test
    void theRuntimeHasEveryModuleTheJarsUseAndNoneThatNothingUses() throws IOException {
        Path classes = TestOutput.newDirectory("jdeps-classes");
        Path lib = Path.of("target/studio/lib");
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
                copyClasses(jar, classes.resolve(jar.getFileName().toString()));
            }
        }
        Set<String> used = jdepsModules(classes);

        Set<String> runtime = RuntimeModules.closure(RuntimeModules.configured());
        Set<String> needed = RuntimeModules.closure(used);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(runtime);
        assertThat(missing).as("modules the jars use that installers/app-image.cfg does not give jlink (jdeps: %s)", used)
                .isEmpty();

        Set<String> unused = new TreeSet<>(RuntimeModules.configured());
        unused.removeAll(needed);
        unused.removeAll(KEPT_FOR_FEATURES_ON_THEIR_WAY);
        assertThat(unused).as("modules in installers/app-image.cfg that no jar uses (jdeps: %s)", used).isEmpty();
        // The check above must have seen the studio: JavaFX and the JDK modules it certainly uses.
        assertThat(used).contains("java.base", "java.desktop", "javafx.controls", "jdk.unsupported");
    }

    /**
     * jdeps on the class files, with JavaFX as modules. The jars go in as plain classes: javacv's module descriptor
     * requires the presets the pom excludes (OpenCV, ...), which would stop jdeps before it looks at anything.
     */
    private static Set<String> jdepsModules(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("the tests need a JDK with jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--multi-release", "25", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", RuntimeModules.JAVAFX_JARS.toString(), classes.toString());
        assertThat(exitCode).as("jdeps: %s %s", out, err).isZero();
        String[] lines = out.toString().strip().split("\\R");
        return new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
    }

    /** The .class files of a jar (with their multi-release versions), without module descriptors. */
    private static void copyClasses(Path jar, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".class") || name.endsWith("module-info.class")) {
                    continue;
                }
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException(jar + ": entry outside the jar's folder: " + name);
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
    }
}
