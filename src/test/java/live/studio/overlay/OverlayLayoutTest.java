package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of graphic, in both shipped themes, on the four canvases the studio streams: where it lands, that it
 * draws, and that hostile text changes nothing about where.
 */
class OverlayLayoutTest {

    static final List<Canvas> CANVASES = List.of(new Canvas(1920, 1080), new Canvas(1280, 720),
            new Canvas(1080, 1920), new Canvas(720, 1280));
    private static final Map<String, Theme> THEMES = new ConcurrentHashMap<>();
    private static final Map<String, OverlayRenderer> RENDERERS = new ConcurrentHashMap<>();

    /** One renderer per theme and canvas for the whole run (each draws one of everything when made). */
    static OverlayRenderer renderer(String themeName, Canvas canvas) {
        return RENDERERS.computeIfAbsent(themeName + canvas, key -> OverlayRenderer.create(theme(themeName), canvas));
    }

    static Theme theme(String name) {
        return THEMES.computeIfAbsent(name, key -> {
            try {
                return Theme.load(Path.of("assets/themes", key + ".json"));
            } catch (ThemeException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
    }

    static Stream<Arguments> everyKindOnEveryCanvas() {
        List<Arguments> cases = new ArrayList<>();
        for (String theme : List.of("studio", "boutique")) {
            for (Canvas canvas : CANVASES) {
                for (OverlaySlot slot : OverlaySlot.values()) {
                    cases.add(Arguments.of(theme, canvas, slot));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindOnEveryCanvas")
    void everyLayerIsInsideTheSafeAreaAndDrawsSomething(String themeName, Canvas canvas, OverlaySlot slot) {
        OverlayRenderer renderer = renderer(themeName, canvas);

        RenderedOverlay overlay = renderer.render(Contents.ordinary(slot));

        assertThat(overlay.slot()).isEqualTo(slot);
        assertThat(overlay.bounds()).isEqualTo(renderer.region(slot));
        for (OverlayLayer layer : overlay.layers()) {
            Region bounds = layer.bounds();
            assertThat(canvas.bounds().contains(bounds)).as("%s inside the canvas", bounds).isTrue();
            assertThat(SafeAreas.usable(canvas).contains(bounds)).as("%s inside %s", bounds, SafeAreas.usable(canvas))
                    .isTrue();
            for (Region zone : SafeAreas.forbidden(canvas)) {
                assertThat(bounds.intersects(zone)).as("%s clear of %s", bounds, zone).isFalse();
            }
            assertThat(Pixels.opaque(layer.bitmap())).as("opaque pixels").isGreaterThan(100);
            assertThat(Pixels.isPremultiplied(layer.bitmap())).isTrue();
        }
        assertThat(overlay.entrance()).isEqualTo(theme(themeName).placement(canvas.shape(), slot).entrance());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindOnEveryCanvas")
    void hostileTextKeepsTheBoundsOfOrdinaryTextAndNeverLeavesTheGraphic(String themeName, Canvas canvas,
            OverlaySlot slot) {
        OverlayRenderer renderer = renderer(themeName, canvas);

        RenderedOverlay ordinary = renderer.render(Contents.ordinary(slot));
        RenderedOverlay hostile = renderer.render(Contents.hostile(slot));

        assertThat(hostile.bounds()).isEqualTo(ordinary.bounds());
        assertThat(hostile.layers()).hasSameSizeAs(ordinary.layers());
        OverlayLayer first = ordinary.layers().getFirst();
        OverlayLayer hostileFirst = hostile.layers().getFirst();
        assertThat(hostileFirst.bitmap().width()).isEqualTo(first.bitmap().width());
        assertThat(hostileFirst.bitmap().height()).isEqualTo(first.bitmap().height());
        // Outside the graphic's own shape only its shadow is drawn: a glyph escaping its box would change a pixel there.
        SlotGeometry.Box box = SlotGeometry.box(theme(themeName), canvas, slot);
        int inset = (int) Math.floor(box.reach() * box.scale()) - 1;
        assertThat(Pixels.differencesOutside(first.bitmap(), hostileFirst.bitmap(), inset)).isZero();
        if (slot == OverlaySlot.BANNER) {
            OverlayLayer strip = hostile.layers().get(1);
            assertThat(strip.bounds()).isEqualTo(ordinary.layers().get(1).bounds());
            assertThat(strip.bitmap().height()).isEqualTo(strip.bounds().height());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindOnEveryCanvas")
    void missingValuesDrawAnEmptyButWholeGraphic(String themeName, Canvas canvas, OverlaySlot slot) {
        OverlayRenderer renderer = renderer(themeName, canvas);
        OverlayContent nothing = Contents.nulls().stream().filter(content -> content.slot() == slot).findFirst()
                .orElseThrow();

        RenderedOverlay overlay = renderer.render(nothing);

        assertThat(overlay.bounds()).isEqualTo(renderer.region(slot));
        assertThat(Pixels.opaque(overlay.layers().getFirst().bitmap())).isGreaterThan(100);
    }

    @Test
    void bitmapsAreOnlyAsLargeAsTheGraphic() {
        Canvas canvas = new Canvas(1920, 1080);
        OverlayRenderer renderer = OverlayRenderer.create(theme("studio"), canvas);
        long canvasPixels = (long) canvas.width() * canvas.height();

        for (OverlayContent content : Contents.ordinary()) {
            OverlayBitmap bitmap = renderer.render(content).layers().getFirst().bitmap();
            assertThat((long) bitmap.width() * bitmap.height()).as("%s", content.slot()).isLessThan(canvasPixels / 4);
        }
    }

    @Test
    void theSameContentDrawsTheSamePixels() {
        OverlayRenderer renderer = OverlayRenderer.create(theme("boutique"), new Canvas(1280, 720));

        for (OverlayContent content : Contents.ordinary()) {
            int[] once = renderer.render(content).layers().getFirst().bitmap().pixels();
            int[] again = renderer.render(content).layers().getFirst().bitmap().pixels();
            assertThat(again).as("%s", content.slot()).isEqualTo(once);
        }
    }

    @Test
    void graphicsScaleWithTheCanvas() {
        Theme theme = theme("studio");
        for (OverlaySlot slot : OverlaySlot.values()) {
            Region large = OverlayRenderer.create(theme, new Canvas(1920, 1080)).region(slot);
            Region small = OverlayRenderer.create(theme, new Canvas(1280, 720)).region(slot);
            assertThat(small.width()).as("%s", slot).isCloseTo(large.width() * 2 / 3, org.assertj.core.data.Offset.offset(2));
            assertThat(small.height()).as("%s", slot).isCloseTo(large.height() * 2 / 3, org.assertj.core.data.Offset.offset(2));
            assertThat(small.x()).as("%s", slot).isCloseTo(large.x() * 2 / 3, org.assertj.core.data.Offset.offset(2));
        }
    }

    @Test
    void inLandscapeEveryGraphicCanBeOnAirAtOnceWithoutOverlapping() {
        for (String name : List.of("studio", "boutique")) {
            OverlayRenderer renderer = OverlayRenderer.create(theme(name), new Canvas(1920, 1080));
            List<Region> regions = Stream.of(OverlaySlot.values()).map(renderer::region).toList();
            for (int i = 0; i < regions.size(); i++) {
                for (int j = i + 1; j < regions.size(); j++) {
                    assertThat(Pixels.visiblyOverlap(regions.get(i), regions.get(j), 40))
                            .as("%s: %s and %s", name, OverlaySlot.values()[i], OverlaySlot.values()[j]).isFalse();
                }
            }
        }
    }
}
