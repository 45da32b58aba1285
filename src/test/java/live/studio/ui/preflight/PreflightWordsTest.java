package live.studio.ui.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import live.studio.preflight.CheckOutcome;
import live.studio.preflight.CheckResult;
import live.studio.preflight.Finding;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checks name their findings by key (live.studio.preflight knows no words); every key they can give has its text in
 * the pre-flight bundle, English and French, which BundlesTest cannot see (the keys are built: "finding." + key).
 */
class PreflightWordsTest {
    private static final Pattern FINDING_KEY = Pattern.compile(
            "\"((?:destination|stream-key|camera|microphone|encoder|disk|platform-settings)\\.[a-z-]+|check-(?:error|timeout))\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/live/studio/preflight"),
            Path.of("src/main/java/live/studio/ui/preflight"));

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    static Set<String> findingKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher key = FINDING_KEY.matcher(Files.readString(file));
                    while (key.find()) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyFindingTheChecksGiveHasItsWordsInBothLanguages() throws IOException {
        Set<String> keys = findingKeys();
        assertThat(keys).as("the keys found in the checks' code").contains("destination.refused", "camera.frozen",
                "microphone.muted", "encoder.too-slow", "disk.short", "stream-key.missing", "check-timeout");
        // BundlesTest holds the French bundle to the English one's keys and arguments
        Messages words = Messages.of(PreflightViewModel.class);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!words.has("finding." + key)) {
                missing.add("finding." + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void numbersAreWrittenTheOperatorsWay() {
        Finding slow = CheckResult.failed("encoder", "encoder.too-slow", 0.8, 1920, 1080, 30, "veryfast", 4500).finding();

        assertThat(PreflightViewModel.describe(slow)).startsWith("0.8× real time at 1920×1080 30 fps");
        Messages.use(Language.FRENCH);
        assertThat(PreflightViewModel.describe(slow)).startsWith("0,8 fois le temps réel en 1920×1080 à 30 i/s");
        // a port is a number without a thousands separator in either language
        Finding refused = new CheckResult("destination-1", CheckOutcome.FAILED,
                Finding.of("destination.refused", "Shop", "ingest.example", 19350)).finding();
        assertThat(PreflightViewModel.describe(refused)).contains("port 19350");
    }
}
