package live.studio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every window text exists in English and French with the same arguments, and every key the code asks for with a
 * literal ({@code TEXT.text("key"...)}) is in its package's bundle: a forgotten translation fails here, not on air.
 */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/live/studio/ui");
    private static final Path SOURCES = Path.of("src/main/java/live/studio/ui");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\bTEXT\\.(?:text|has)\\(\\s*\"([^\"]+)\"");

    @Test
    void everyEnglishBundleHasAFrenchOneWithTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : bundles()) {
            Path french = english.resolveSibling("messages_fr.properties");
            if (!Files.exists(french)) {
                problems.add(english + ": no messages_fr.properties beside it");
                continue;
            }
            Properties en = load(english);
            Properties fr = load(french);
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(fr.stringPropertyNames());
            Set<String> onlyFrench = new TreeSet<>(fr.stringPropertyNames());
            onlyFrench.removeAll(en.stringPropertyNames());
            onlyEnglish.forEach(key -> problems.add(french + ": missing " + key));
            onlyFrench.forEach(key -> problems.add(english + ": missing " + key + " (only in French)"));
            for (String key : en.stringPropertyNames()) {
                String frenchText = fr.getProperty(key);
                if (en.getProperty(key).isBlank() || (frenchText != null && frenchText.isBlank())) {
                    problems.add(english.getParent() + ": " + key + " is blank");
                } else if (frenchText != null && !arguments(en.getProperty(key)).equals(arguments(frenchText))) {
                    problems.add(french + ": " + key + " has arguments " + arguments(frenchText) + ", English has "
                            + arguments(en.getProperty(key)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInItsPackagesBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        int keysChecked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                // comments may show the pattern without naming a real key
                String code = Files.readAllLines(source).stream()
                        .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/"))
                        .collect(java.util.stream.Collectors.joining("\n"));
                Matcher key = KEY_IN_CODE.matcher(code);
                Path bundle = RESOURCES.resolve(SOURCES.relativize(source.getParent())).resolve("messages.properties");
                Properties english = Files.exists(bundle) ? load(bundle) : new Properties();
                while (key.find()) {
                    keysChecked++;
                    if (!english.containsKey(key.group(1))) {
                        problems.add(source.getFileName() + ": " + key.group(1) + " is not in " + bundle);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(keysChecked).as("keys found in the code (the pattern must match the code's calls)").isPositive();
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().equals("messages.properties")).toList();
            assertThat(found).as("bundles under " + RESOURCES).isNotEmpty();
            return found;
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            // the argument and its type: a choice's wording differs between languages, its argument does not
            numbers.add("{" + argument.group(1) + (argument.group(2) == null ? "" : "," + argument.group(2)) + "}");
        }
        return numbers;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
