package live.studio.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import live.studio.testing.Ffmpeg;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Linux packages, built and used the way a host uses them (issue 9, docs/installers.md):
 * installers/linux/build.sh makes the application image, the .deb, and the .rpm where rpmbuild is installed; the .deb
 * is installed with dpkg, its launcher records without a window, its menu entry opens the window, and dpkg removes
 * every file again.
 * <p>
 * Runs after {@code package} (failsafe), so target/studio is there. Installing needs root and dpkg, the window Xvfb:
 * without them the tests are skipped, except with CI=true (CI runs as root and .ci/run installs the tools), where
 * they fail. The package installed is the real one, in /opt/live-studio: a live-studio package already installed on
 * the machine is purged first.
 */
class LinuxPackageIT {
    private static final String PACKAGE = "live-studio";
    private static final Path INSTALL_DIRECTORY = Path.of("/opt/live-studio");
    private static final Path LAUNCHER = INSTALL_DIRECTORY.resolve("bin/live-studio");
    private static final String MENU_ENTRY = "live-studio-live-studio.desktop";
    /** The issue's budget for the .deb, 150 MB. */
    private static final long DEB_BUDGET_BYTES = 150_000_000L;
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DPKG_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(90);
    /** What the natives inside the jars load from the system (installers/linux/build.sh says which needs what). */
    private static final List<String> DEB_DEPENDENCIES = List.of("libgtk-3-0t64 | libgtk-3-0", "libxtst6", "libgl1",
            "libxxf86vm1", "libasound2t64 | libasound2", "libpulse0", "libxcb1", "libxcb-shm0", "libfreetype6",
            "libfontconfig1", "libstdc++6", "xdg-utils");
    private static final List<String> RPM_DEPENDENCIES = List.of("libgtk-3.so.0()(64bit)", "libXtst.so.6()(64bit)",
            "libGL.so.1()(64bit)", "libXxf86vm.so.1()(64bit)", "libasound.so.2()(64bit)", "libpulse.so.0()(64bit)",
            "libxcb.so.1()(64bit)", "libxcb-shm.so.0()(64bit)", "libfreetype.so.6()(64bit)", "libfontconfig.so.1()(64bit)",
            "libstdc++.so.6()(64bit)", "xdg-utils");

    private static Path output;
    private static Path deb;
    private static Path image;
    private static final StringBuilder timings = new StringBuilder();

    @BeforeAll
    static void buildTheImageAndThePackages() throws IOException {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"),
                "the Linux packages are built on Linux");
        RequiredTool.assumeAvailableOrFailInCi(Command.onPath("dpkg-deb") && Command.onPath("fakeroot"),
                "dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot), which build the .deb");
        output = TestOutput.newDirectory("linux-package");
        long start = System.nanoTime();
        // dpkg-deb's default, xz, takes a minute or more on two cores; gzip takes a quarter of that and gives a larger
        // file, so the budget checked on it holds for the xz release build as well.
        Command build = Command.run(List.of("bash", "installers/linux/build.sh", "--no-build"),
                Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip"), BUILD_TIMEOUT, output.resolve("build.log"));
        timing("build.sh (app image, .deb" + (Command.onPath("rpmbuild") ? ", .rpm" : "") + ")", start);
        assertThat(build.exitCode()).as(build.describe()).isZero();
        image = Path.of("target/installer/image/live-studio");
        deb = newest("target/installer", "live-studio_*_amd64.deb");
    }

    @AfterEach
    void purgeWhatATestLeftInstalled() {
        if (output != null && installed()) {
            dpkg(List.of("--purge", PACKAGE), Map.of(), "purge-after-test.log");
        }
    }

    @AfterAll
    static void reportTheTimings() throws IOException {
        if (output != null) {
            Files.writeString(output.resolve("timings.txt"), timings);
            System.out.print("LinuxPackageIT timings:\n" + timings);
        }
    }

    @Test
    void theDebDeclaresWhatTheNativesNeedHasTheMenuEntryAndStaysWithinTheBudget() throws IOException {
        assertThat(Files.size(deb)).as("%s: %d bytes", deb, Files.size(deb)).isLessThanOrEqualTo(DEB_BUDGET_BYTES);

        Command depends = run(List.of("dpkg-deb", "-f", deb.toString(), "Depends", "Section"), Map.of(), "deb-fields.log");
        List<String> dependencies = Arrays.stream(depends.output().lines().findFirst().orElseThrow()
                .replaceFirst("^Depends: ", "").split(",")).map(String::strip).toList();
        assertThat(dependencies).containsAll(DEB_DEPENDENCIES);
        assertThat(depends.output()).contains("Section: video");

        Path contents = output.resolve("deb-contents");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), contents.toString()), Map.of(), "deb-extract.log").exitCode()).isZero();
        Path installed = contents.resolve("opt/live-studio");
        assertThat(installed.resolve("bin/live-studio")).isExecutable();
        assertThat(installed.resolve("lib/app/studio.jar")).isRegularFile();
        assertThat(installed.resolve("lib/app/assets/icons/studio-512.png")).isRegularFile();
        assertThat(installed.resolve("share/doc/copyright")).content().contains("GNU GENERAL PUBLIC LICENSE");
        // the menu icon is the studio's, not jpackage's default
        assertThat(Files.readAllBytes(installed.resolve("lib/live-studio.png")))
                .isEqualTo(Files.readAllBytes(Path.of("assets/icons/studio-512.png")));
        Map<String, String> entry = desktopEntry(installed.resolve("lib").resolve(MENU_ENTRY));
        assertThat(entry).containsEntry("Name", "Live Studio")
                .containsEntry("Exec", LAUNCHER.toString())
                .containsEntry("Icon", INSTALL_DIRECTORY.resolve("lib/live-studio.png").toString())
                .containsEntry("Terminal", "false")
                .containsEntry("Type", "Application")
                .containsEntry("StartupWMClass", "live.studio.ui.StudioApplication");
        assertThat(entry.get("Categories").split(";")).contains("AudioVideo", "Video");
    }

    @Test
    void theImageHoldsThisPlatformsNativesOnlyAndTheConfiguredRuntime() throws IOException {
        List<String> jars = fileNames(image.resolve("lib/app"), ".jar");
        assertThat(jars).contains("studio.jar", "javacpp-1.5.13-linux-x86_64.jar")
                .anyMatch(jar -> jar.matches("ffmpeg-.*-linux-x86_64-gpl\\.jar"))
                .noneMatch(jar -> jar.contains("windows") || jar.contains("macosx") || jar.contains("android"))
                // JavaFX is linked into the runtime, not carried as jars
                .noneMatch(jar -> jar.startsWith("javafx-"));

        String release = Files.readString(image.resolve("lib/runtime/release"));
        String modules = release.lines().filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow()
                .replaceAll("^MODULES=\"|\"$", "");
        assertThat(new TreeSet<>(Arrays.asList(modules.split(" "))))
                .isEqualTo(RuntimeModules.closure(RuntimeModules.configured()));

        assertThat(image.resolve("lib/app/live-studio.cfg")).content()
                .contains("java-options=-Dstudio.home=$APPDIR")
                .contains("java-options=--enable-native-access=ALL-UNNAMED,javafx.graphics")
                // JavaFX is linked into the runtime, never on the class path (ikonli-javafx is a library that uses it)
                .doesNotContain("$APPDIR/javafx-");
    }

    @Test
    void theRpmDeclaresTheSameSystemLibraries() {
        RequiredTool.assumeAvailableOrFailInCi(Command.onPath("rpmbuild") && Command.onPath("rpm"),
                "rpmbuild (apt-get install rpm), which builds the .rpm");
        Path rpm = newest("target/installer", "live-studio-*.x86_64.rpm");

        Command requires = run(List.of("rpm", "-qp", "--requires", rpm.toString()), Map.of(), "rpm-requires.log");
        assertThat(requires.output().lines().map(String::strip).toList()).containsAll(RPM_DEPENDENCIES);
        Command files = run(List.of("rpm", "-qp", "--list", rpm.toString()), Map.of(), "rpm-files.log");
        assertThat(files.output().lines().toList())
                .contains(LAUNCHER.toString(), INSTALL_DIRECTORY.resolve("lib").resolve(MENU_ENTRY).toString());
    }

    /**
     * A machine without a desktop menu (a server: no menu folders for xdg-desktop-menu) still installs the package,
     * whose launcher then streams and records without a window; the removal leaves no file behind.
     */
    @Test
    void onAServerTheDebInstallsRecordsWithoutAWindowAndLeavesNothingBehind() throws IOException {
        assumeRootWithDpkg();
        purgeAnEarlierInstallation();
        Path server = output.resolve("server");
        Map<String, String> noMenu = xdgDirectories(server, MenuFolders.ABSENT);

        Command install = dpkg(List.of("--install", deb.toString()), noMenu, "server-install.log");
        assertThat(install.exitCode()).as(install.describe()).isZero();
        assertThat(install.output()).contains("no menu entry was added");
        assertThat(LAUNCHER).isExecutable();

        Path recording = server.resolve("show.mkv");
        long start = System.nanoTime();
        Command live = run(List.of(LAUNCHER.toString(), "live", "--headless", "--video", "test", "--audio", "test",
                "--duration", "4", "--record", recording.toString()), userEnvironment(server), "server-live.log");
        timing("installed launcher, live --headless --duration 4", start);
        assertThat(live.exitCode()).as(live.describe()).isZero();
        Probe probe = Probe.of(recording);
        assertThat(probe.video().orElseThrow().codecName()).isEqualTo("h264");
        assertThat(probe.video().orElseThrow().width()).isEqualTo(1280);
        assertThat(probe.audio().orElseThrow().codecName()).isEqualTo("aac");
        assertThat(probe.durationSeconds()).isCloseTo(4.0, offset(1.0));

        Command purge = dpkg(List.of("--purge", PACKAGE), noMenu, "server-purge.log");
        assertThat(purge.exitCode()).as(purge.describe()).isZero();
        assertThat(INSTALL_DIRECTORY).doesNotExist();
        assertThat(installed()).isFalse();
    }

    /**
     * On a desktop the package adds its menu entry; the entry's command opens the window (no console), which creates
     * the user's settings in XDG_CONFIG_HOME on its first run and writes nothing into the installation; removing the
     * package removes the files and the menu entry.
     */
    @Test
    void onADesktopTheMenuEntryOpensTheWindowAndTheSettingsStayOutOfTheInstallation() throws Exception {
        assumeRootWithDpkg();
        RequiredTool.assumeAvailableOrFailInCi(Command.onPath("Xvfb"), "Xvfb (apt-get install xvfb), for the window");
        purgeAnEarlierInstallation();
        Path desktop = output.resolve("desktop");
        Map<String, String> menu = xdgDirectories(desktop, MenuFolders.PRESENT);

        Command install = dpkg(List.of("--install", deb.toString()), menu, "desktop-install.log");
        assertThat(install.exitCode()).as(install.describe()).isZero();
        Path menuEntry = desktop.resolve("xdg-data/applications").resolve(MENU_ENTRY);
        assertThat(menuEntry).as("the menu entry xdg-desktop-menu installed").isRegularFile();
        Map<String, Snapshot> before = snapshot(INSTALL_DIRECTORY);

        String display = startXvfb(desktop);
        Map<String, String> user = new TreeMap<>(userEnvironment(desktop));
        user.put("DISPLAY", display);
        List<String> command = List.of(desktopEntry(menuEntry).get("Exec").split(" "));
        long start = System.nanoTime();
        Process window = Command.start(command, user, desktop.resolve("window.log"));
        try {
            Path screenshot = desktop.resolve("window.png");
            boolean shown = awaitWindow(display, screenshot, window);
            timing("installed window, start to first screenshot showing it", start);
            assertThat(shown).as("the window was drawn on %s within %s (last screenshot: %s); log:\n%s", display,
                    WINDOW_TIMEOUT, screenshot, Files.readString(desktop.resolve("window.log"))).isTrue();
            Files.copy(screenshot, Path.of("target/installer-window.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            Path settings = desktop.resolve("config-home/live-studio/settings.json");
            assertThat(settings).as("settings created on the first run").isRegularFile();
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(settings));
            assertThat(json.path("settingsVersion").asInt()).isEqualTo(1);
            assertThat(Path.of(json.path("recordingsFolder").asString())).isAbsolute();
            // The settings and the keyboard shortcuts, written on the first run; nothing else (the run state is
            // written once a run of the show starts).
            assertThat(fileNames(settings.getParent(), "")).containsExactlyInAnyOrder("settings.json", "shortcuts.json");
            // The desktop groups the window with its menu entry (and its icon) by this class.
            if (Command.onPath("xprop")) {
                Command windowClass = run(List.of("xprop", "-display", display, "-name", "Live Studio", "WM_CLASS"), Map.of(), "wm-class.log");
                assertThat(windowClass.output()).as("the window matches its menu entry (StartupWMClass)")
                        .contains("\"" + desktopEntry(menuEntry).get("StartupWMClass") + "\"");
            } else if (RequiredTool.inCi()) {
                throw new AssertionError("xprop (apt-get install x11-utils) is required in CI, to check the window's class");
            }
        } finally {
            window.destroy();
            if (!window.waitFor(30, TimeUnit.SECONDS)) {
                window.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("the window did not stop within 30 s of SIGTERM");
            }
        }
        assertThat(window.exitValue()).as(Files.readString(desktop.resolve("window.log"))).isIn(0, 143);
        // JavaFX's own race when the JVM ends on SIGTERM: its renderer is already shut down when the FX thread's last
        // pulse hands it a paint job (QuantumRenderer rejects it and prints the trace). Not ours; every other
        // exception is.
        String windowLog = Files.readString(desktop.resolve("window.log")).lines()
                .filter(line -> !(line.contains("RejectedExecutionException") && line.contains("QuantumRenderer")))
                .filter(line -> !line.startsWith("\tat "))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(windowLog).contains("first run: settings created in").doesNotContain("Exception");
        assertThat(snapshot(INSTALL_DIRECTORY)).as("nothing written into the installation").isEqualTo(before);

        Command purge = dpkg(List.of("--purge", PACKAGE), menu, "desktop-purge.log");
        assertThat(purge.exitCode()).as(purge.describe()).isZero();
        assertThat(INSTALL_DIRECTORY).doesNotExist();
        assertThat(menuEntry).as("menu entry removed").doesNotExist();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private enum MenuFolders { PRESENT, ABSENT }

    /**
     * xdg-desktop-menu registers menu entries under XDG_DATA_DIRS and XDG_CONFIG_DIRS, and dpkg passes the
     * environment to the package's scripts: pointing them at folders of the test keeps the machine's menu untouched.
     * A desktop has the menu folders; a server has none.
     */
    private static Map<String, String> xdgDirectories(Path root, MenuFolders folders) throws IOException {
        Path data = Files.createDirectories(root.resolve("xdg-data"));
        Path config = Files.createDirectories(root.resolve("xdg-config"));
        if (folders == MenuFolders.PRESENT) {
            Files.createDirectories(data.resolve("applications"));
            Files.createDirectories(data.resolve("desktop-directories"));
            Files.createDirectories(config.resolve("menus"));
        }
        return Map.of("XDG_DATA_DIRS", data.toString(), "XDG_CONFIG_DIRS", config.toString());
    }

    /** A user of the installed studio: their own home and configuration folder inside the test's output. */
    private static Map<String, String> userEnvironment(Path root) throws IOException {
        return Map.of("HOME", Files.createDirectories(root.resolve("home")).toString(),
                "XDG_CONFIG_HOME", root.resolve("config-home").toString());
    }

    private static void assumeRootWithDpkg() throws IOException {
        boolean root = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        RequiredTool.assumeAvailableOrFailInCi(root && Command.onPath("dpkg"),
                "root and dpkg, to install the .deb (CI runs as root)");
    }

    private static void purgeAnEarlierInstallation() {
        if (installed()) {
            Command purge = dpkg(List.of("--purge", PACKAGE), Map.of(), "purge-earlier.log");
            assertThat(purge.exitCode()).as(purge.describe()).isZero();
        }
    }

    private static boolean installed() {
        Command status = Command.run(List.of("dpkg-query", "-W", "-f=${Status}", PACKAGE), Map.of(), Duration.ofSeconds(30),
                output.resolve("dpkg-status.log"));
        return status.exitCode() == 0 && status.output().contains("installed") && !status.output().contains("not-installed");
    }

    private static Command dpkg(List<String> arguments, Map<String, String> environment, String log) {
        List<String> command = new ArrayList<>(List.of("dpkg"));
        command.addAll(arguments);
        Map<String, String> withFrontend = new TreeMap<>(environment);
        withFrontend.put("DEBIAN_FRONTEND", "noninteractive");
        long start = System.nanoTime();
        Command result = Command.run(command, withFrontend, DPKG_TIMEOUT, output.resolve(log));
        timing("dpkg " + arguments.getFirst(), start);
        return result;
    }

    private static Command run(List<String> command, Map<String, String> environment, String log) {
        return Command.run(command, environment, RUN_TIMEOUT, output.resolve(log));
    }

    /** Starts an Xvfb of our own, so the screenshot shows the studio's window and nothing else. */
    private static String startXvfb(Path root) throws IOException, InterruptedException {
        int number = 90;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
            number++;
        }
        Process xvfb = Command.start(List.of("Xvfb", ":" + number, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"),
                Map.of(), root.resolve("xvfb.log"));
        XVFB.add(xvfb);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && System.nanoTime() < deadline && xvfb.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(xvfb.isAlive()).as(Files.readString(root.resolve("xvfb.log"))).isTrue();
        return ":" + number;
    }

    private static final List<Process> XVFB = new ArrayList<>();

    @AfterAll
    static void stopXvfb() throws InterruptedException {
        for (Process xvfb : XVFB) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
            xvfb.destroyForcibly();
        }
    }

    /**
     * Takes a screenshot of the display once a second (FFmpeg's x11grab) until the window is on it: an empty Xvfb
     * screen is black, the studio's window covers most of it with its panels and the test pattern.
     */
    private static boolean awaitWindow(String display, Path screenshot, Process window) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && window.isAlive()) {
            Files.deleteIfExists(screenshot);
            Ffmpeg.run(Duration.ofSeconds(30), "-y", "-loglevel", "error", "-f", "x11grab", "-i", display,
                    "-frames:v", "1", screenshot.toString()).requireSuccess();
            BufferedImage picture = ImageIO.read(screenshot.toFile());
            if (drawnFraction(picture) > 0.5 && distinctColours(picture) > 100) {
                // one more second for the controls and the first preview frames, then the picture to keep
                Thread.sleep(1000);
                Ffmpeg.run(Duration.ofSeconds(30), "-y", "-loglevel", "error", "-f", "x11grab", "-i", display,
                        "-frames:v", "1", screenshot.toString()).requireSuccess();
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static double drawnFraction(BufferedImage picture) {
        long drawn = 0;
        for (int y = 0; y < picture.getHeight(); y += 4) {
            for (int x = 0; x < picture.getWidth(); x += 4) {
                if ((picture.getRGB(x, y) & 0xFFFFFF) != 0) {
                    drawn++;
                }
            }
        }
        return drawn / (double) ((picture.getHeight() / 4) * (picture.getWidth() / 4));
    }

    private static int distinctColours(BufferedImage picture) {
        Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 4) {
            for (int x = 0; x < picture.getWidth(); x += 4) {
                colours.add(picture.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** The keys and values of a .desktop file's [Desktop Entry] group. */
    private static Map<String, String> desktopEntry(Path file) throws IOException {
        Map<String, String> entry = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                entry.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return entry;
    }

    /** Every file and folder under {@code root} with its size, time and permissions: to compare before and after. */
    private static Map<String, Snapshot> snapshot(Path root) throws IOException {
        Map<String, Snapshot> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                files.put(root.relativize(path).toString(), new Snapshot(attributes.size(), attributes.lastModifiedTime().toMillis(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))));
            }
        }
        return files;
    }

    private record Snapshot(long sizeBytes, long modifiedMillis, String permissions) {
    }

    private static List<String> fileNames(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted().toList();
        }
    }

    /** The most recently written file matching the glob: the one this run built (older versions may lie next to it). */
    private static Path newest(String directory, String glob) {
        try (var files = Files.newDirectoryStream(Path.of(directory), glob)) {
            Path newest = null;
            for (Path file : files) {
                if (newest == null || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(newest)) > 0) {
                    newest = file;
                }
            }
            assertThat(newest).as("%s/%s", directory, glob).isNotNull();
            return newest;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void timing(String step, long startNanos) {
        timings.append(String.format(Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - startNanos) / 1e9, step));
    }
}
