package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeTest {

    static final Path THEMES = Path.of("assets/themes");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"studio", "boutique"})
    void theShippedThemesLoadWithTheirLogoAndWithoutWarnings(String name) throws Exception {
        List<String> warnings = new ArrayList<>();

        Theme theme = Theme.load(THEMES.resolve(name + ".json"), warnings::add);

        assertThat(warnings).isEmpty();
        assertThat(theme.name()).isNotBlank();
        assertThat(theme.logo()).isPresent();
        assertThat(theme.logo().get().image().getWidth()).isPositive();
        for (CanvasShape shape : CanvasShape.values()) {
            for (OverlaySlot slot : OverlaySlot.values()) {
                assertThat(theme.placement(shape, slot)).isNotNull();
            }
        }
    }

    @Test
    void theStudioThemeReadsAsWritten() throws Exception {
        Theme theme = Theme.load(THEMES.resolve("studio.json"));

        assertThat(theme.fonts().heading()).isEqualTo(new FontFace(FontFamily.INTER, FontWeight.BOLD));
        assertThat(theme.colours().accent().getRGB()).isEqualTo(0xFF3B6CFF);
        assertThat(theme.colours().surface().getAlpha()).isEqualTo(0xD6);
        SlotPlacement card = theme.placement(CanvasShape.LANDSCAPE, OverlaySlot.PRODUCT_CARD);
        assertThat(card.anchor()).isEqualTo(Anchor.BOTTOM_RIGHT);
        assertThat(card.width()).isEqualTo(0.25);
        assertThat(card.entrance()).isEqualTo(new Entrance(MotionStyle.SLIDE_FROM_RIGHT, 450));
    }

    @Test
    void anUnknownFieldIsNamedWithItsLineAndColumn() throws Exception {
        Path file = variant("\"cornerRadius\": 18,", "\"cornerRadius\": 18,\n  \"cornerRaduis\": 4,");

        assertThatThrownBy(() -> Theme.load(file))
                .isInstanceOf(ThemeException.class)
                .hasMessageStartingWith(file + ":" + lineOf(file, "cornerRaduis") + ":3: cornerRaduis: unknown field")
                .hasMessageContaining("cornerRadius");
    }

    @Test
    void anUnknownFieldDeepInsideIsNamedByItsPath() throws Exception {
        Path file = variant("\"width\": 0.25, \"entrance\": { \"style\": \"slide-from-right\"",
                "\"width\": 0.25, \"entrance\": { \"styel\": \"slide-from-right\"");

        ThemeProblem problem = problemOf(file);

        assertThat(problem.field()).isEqualTo("landscape.productCard.entrance.styel");
        assertThat(problem.line()).isEqualTo(lineOf(file, "styel"));
        assertThat(problem.column()).isPositive();
    }

    @Test
    void aWrongTypeIsNamed() throws Exception {
        Path file = variant("\"cornerRadius\": 18,", "\"cornerRadius\": \"round\",");

        ThemeProblem problem = problemOf(file);

        assertThat(problem.field()).isEqualTo("cornerRadius");
        assertThat(problem.line()).isEqualTo(lineOf(file, "\"round\""));
        assertThat(problem.message()).isEqualTo("expected a number, got text \"round\"");
    }

    @Test
    void aBadColourIsNamedAtItsValue() throws Exception {
        Path file = variant("\"accent\": \"#3B6CFF\"", "\"accent\": \"electric blue\"");

        ThemeProblem problem = problemOf(file);

        assertThat(problem.field()).isEqualTo("colours.accent");
        assertThat(problem.line()).isEqualTo(lineOf(file, "\"electric blue\""));
        assertThat(problem.column()).isEqualTo(columnOf(file, "\"electric blue\""));
        assertThat(problem.message()).contains("#RRGGBB", "electric blue");
    }

    @Test
    void aFontThatIsNotBundledListsTheOnesThatAre() throws Exception {
        Path file = variant("\"heading\": { \"family\": \"Inter\"", "\"heading\": { \"family\": \"Comic Sans\"");

        ThemeProblem problem = problemOf(file);

        assertThat(problem.field()).isEqualTo("fonts.heading.family");
        assertThat(problem.line()).isEqualTo(lineOf(file, "Comic Sans"));
        assertThat(problem.message()).contains("Comic Sans", "Inter", "Lato", "Bebas Neue");
    }

    @Test
    void aWeightTheFamilyLacksListsTheWeightsItHas() throws Exception {
        Path file = variant("\"code\": { \"family\": \"Inter\", \"weight\": \"extra-bold\" }",
                "\"code\": { \"family\": \"Bebas Neue\", \"weight\": \"regular\" }");

        ThemeProblem problem = problemOf(file);

        assertThat(problem.field()).isEqualTo("fonts.code.weight");
        assertThat(problem.message()).isEqualTo("Bebas Neue has no weight \"regular\"; it has: bold");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() throws Exception {
        Path file = variant("\"accent\": \"#3B6CFF\"", "\"accent\": \"blue\"");
        String text = Files.readString(file)
                .replace("\"marginX\": 0.05, \"marginY\": 0.05,  \"width\": 0.20", "\"marginX\": 0.05, \"width\": 1.5")
                .replace("\"anchor\": \"top-left\",      \"marginX\": 0.05", "\"anchor\": \"top-leftish\", \"marginX\": 0.05");
        Files.writeString(file, text);

        ThemeException problems = failure(file);

        assertThat(problems.problems()).extracting(ThemeProblem::field).containsExactly(
                "colours.accent", "landscape.promoCode.anchor", "landscape.countdown.marginY",
                "landscape.countdown.width");
        assertThat(problems.getMessage().lines()).hasSize(4).allMatch(line -> line.matches(".+:\\d+:\\d+: .+: .+"));
        assertThat(problems.problems().get(2).message()).isEqualTo("missing");
        assertThat(problems.problems().get(1).message()).contains("top-left", "bottom-right");
    }

    @Test
    void aMissingPlacementIsNamed() throws Exception {
        Path file = variant("    \"countdown\":     { \"anchor\": \"top-left\",      \"marginX\": 0.06, \"marginY\": 0.205, "
                + "\"width\": 0.44, \"entrance\": { \"style\": \"slide-from-left\",   \"durationMs\": 350 } }\n", "");
        Files.writeString(file, Files.readString(file).replace("\"durationMs\": 400 } },\n  }", "\"durationMs\": 400 } }\n  }"));

        ThemeProblem problem = problemOf(file);

        assertThat(problem.field()).isEqualTo("portrait.countdown");
        assertThat(problem.message()).isEqualTo("missing");
        assertThat(problem.line()).isEqualTo(lineOf(file, "\"portrait\""));
    }

    @Test
    void brokenJsonNamesWhereItBroke() throws Exception {
        Path file = variant("\"cornerRadius\": 18,", "\"cornerRadius\": 18,,");

        ThemeProblem problem = problemOf(file);

        assertThat(problem.line()).isEqualTo(lineOf(file, "18,,"));
        assertThat(problem.column()).isPositive();
    }

    @Test
    void aMissingLogoIsAWarningAndTheThemeDrawsNone() throws Exception {
        Path file = variant("\"logo\": \"studio-logo.png\"", "\"logo\": \"no-such-logo.png\"");
        List<String> warnings = new ArrayList<>();

        Theme theme = Theme.load(file, warnings::add);

        assertThat(theme.logo()).isEmpty();
        assertThat(warnings).singleElement().asString()
                .startsWith(file + ":" + lineOf(file, "no-such-logo") + ":")
                .contains("logo: no such file", "no-such-logo.png", "draws no logo");
    }

    @Test
    void aLogoThatIsNotAPictureIsAWarning() throws Exception {
        Path file = variant("\"logo\": \"studio-logo.png\"", "\"logo\": \"not-a-picture.png\"");
        Files.writeString(folder.resolve("not-a-picture.png"), "<html>surprise</html>");
        List<String> warnings = new ArrayList<>();

        Theme theme = Theme.load(file, warnings::add);

        assertThat(theme.logo()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("not a PNG, JPEG, GIF or BMP picture");
    }

    @Test
    void aPlacementInsideThePlatformsButtonsIsAWarning() throws Exception {
        Path file = variant("\"productCard\":   { \"anchor\": \"bottom-left\",   \"marginX\": 0.06, \"marginY\": 0.305",
                "\"productCard\":   { \"anchor\": \"bottom-left\",   \"marginX\": 0.06, \"marginY\": 0.1");
        List<String> warnings = new ArrayList<>();

        Theme.load(file, warnings::add);

        assertThat(warnings).singleElement().asString()
                .contains("portrait.productCard", "1080x1920", "buttons or comments");
    }

    @Test
    void aMissingFileAndAFileThatIsNotTextAreSaidPlainly() throws Exception {
        Path binary = folder.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});

        assertThatThrownBy(() -> Theme.load(folder.resolve("nowhere.json")))
                .hasMessage(folder.resolve("nowhere.json") + ": no such file");
        assertThatThrownBy(() -> Theme.load(binary)).hasMessage(binary + ": the file is not UTF-8 text");
    }

    private Path variant(String original, String replacement) throws IOException {
        String text = Files.readString(THEMES.resolve("studio.json"), StandardCharsets.UTF_8);
        assertThat(text).as("the shipped theme still has the text the test changes").contains(original);
        Files.copy(THEMES.resolve("studio-logo.png"), folder.resolve("studio-logo.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = folder.resolve("theme.json");
        Files.writeString(file, text.replace(original, replacement), StandardCharsets.UTF_8);
        return file;
    }

    private static ThemeException failure(Path file) {
        try {
            Theme.load(file, warning -> { });
        } catch (ThemeException e) {
            return e;
        }
        throw new AssertionError(file + " loaded without a problem");
    }

    private static ThemeProblem problemOf(Path file) {
        ThemeException failure = failure(file);
        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.file()).isEqualTo(file);
        return failure.problems().getFirst();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static int columnOf(Path file, String text) throws IOException {
        return Files.readAllLines(file).get(lineOf(file, text) - 1).indexOf(text) + 1;
    }
}
