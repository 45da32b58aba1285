package live.studio.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import live.studio.media.MediaClock;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.Canvas;
import live.studio.overlay.Entrance;
import live.studio.overlay.MotionStyle;
import live.studio.overlay.OverlayBitmap;
import live.studio.overlay.OverlayContent;
import live.studio.overlay.OverlayLayer;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Pulse;
import live.studio.overlay.RenderedOverlay;
import org.junit.jupiter.api.Test;

/** The director on its real thread with a renderer that draws plain boxes (the real one is tested on its own). */
class OverlayDirectorTest {

    private static final class BoxRenderer implements OverlayRenderer {
        final AtomicInteger renders = new AtomicInteger();
        final AtomicReference<OverlayContent> last = new AtomicReference<>();

        @Override
        public RenderedOverlay render(OverlayContent content) {
            renders.incrementAndGet();
            last.set(content);
            int[] pixels = new int[16];
            Arrays.fill(pixels, 0xFF000000 | content.hashCode() & 0xFFFFFF);
            return new RenderedOverlay(content.slot(), List.of(OverlayLayer.fixed(new OverlayBitmap(4, 4, pixels), 8, 8)),
                    new Entrance(MotionStyle.FADE, 200));
        }

        @Override
        public Canvas canvas() {
            return new Canvas(1280, 720);
        }

        @Override
        public live.studio.overlay.Region region(OverlaySlot slot) {
            return new live.studio.overlay.Region(8, 8, 4, 4);
        }
    }

    private final BoxRenderer renderer = new BoxRenderer();
    private final AtomicReference<List<AnimatedOverlay>> onAir = new AtomicReference<>(List.of());
    private final AtomicInteger publications = new AtomicInteger();

    private ShowRuntime start() {
        return ShowRuntime.start(ShowControllerTest.catalog(), renderer, MediaClock.start(), Locale.FRANCE, stack -> {
            onAir.set(stack);
            publications.incrementAndGet();
        });
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    private boolean onAir(OverlaySlot slot, Predicate<AnimatedOverlay> condition) {
        return onAir.get().stream().anyMatch(overlay -> overlay.slot() == slot && condition.test(overlay));
    }

    @Test
    void productCardsAreDrawnAheadSoShowingOneDrawsNothing() throws Exception {
        try (ShowRuntime runtime = start()) {
            await("three cards drawn ahead", () -> renderer.renders.get() >= 3);
            Thread.sleep(100);
            int before = renderer.renders.get();
            runtime.controller().execute(new ShowCommand.ShowProduct("#12"), CommandSource.WINDOW);
            await("card on air", () -> onAir(OverlaySlot.PRODUCT_CARD, overlay -> true));
            assertThat(renderer.renders.get()).isEqualTo(before);
        }
    }

    @Test
    void aHiddenGraphicPlaysItsExitThenLeavesTheList() throws Exception {
        try (ShowRuntime runtime = start()) {
            runtime.controller().execute(new ShowCommand.ShowBanner("Free shipping tonight"), CommandSource.API);
            await("banner on air", () -> onAir(OverlaySlot.BANNER, overlay -> overlay.hideAtNanos() == AnimatedOverlay.NEVER));
            runtime.controller().execute(new ShowCommand.HideBanner(), CommandSource.API);
            await("banner leaving", () -> onAir(OverlaySlot.BANNER, overlay -> overlay.hideAtNanos() != AnimatedOverlay.NEVER));
            await("banner gone", () -> onAir.get().isEmpty());
        }
    }

    @Test
    void aCountdownIsDrawnAgainEachSecondAndPulsesAtTheEnd() throws Exception {
        try (ShowRuntime runtime = start()) {
            runtime.controller().execute(ShowCommands.parse("countdown.start", Map.of("seconds", 12)), CommandSource.API);
            await("countdown on air", () -> onAir(OverlaySlot.COUNTDOWN, overlay -> overlay.pulse() == Pulse.NONE));
            await("10 s left and pulsing", () -> onAir(OverlaySlot.COUNTDOWN, overlay -> overlay.pulse() == Pulse.EVERY_SECOND));
            assertThat(renderer.last.get()).isInstanceOfSatisfying(OverlayContent.Countdown.class,
                    countdown -> assertThat(countdown.remainingSeconds()).isBetween(9L, 10L));
            long shownAt = onAir.get().stream().filter(overlay -> overlay.slot() == OverlaySlot.COUNTDOWN)
                    .findFirst().orElseThrow().shownAtNanos();
            await("9 s left", () -> renderer.last.get() instanceof OverlayContent.Countdown countdown
                    && countdown.remainingSeconds() == 9);
            assertThat(onAir.get()).filteredOn(overlay -> overlay.slot() == OverlaySlot.COUNTDOWN)
                    .singleElement().satisfies(overlay -> assertThat(overlay.shownAtNanos())
                            .as("a new second is new content, not a new entrance").isEqualTo(shownAt));
        }
    }

    @Test
    void hideAllEmptiesTheAir() throws Exception {
        try (ShowRuntime runtime = start()) {
            runtime.controller().execute(new ShowCommand.ShowProduct("aero"), CommandSource.SHORTCUT);
            runtime.controller().execute(new ShowCommand.ShowLowerThird("Camille", "Host"), CommandSource.SHORTCUT);
            await("two graphics", () -> onAir.get().size() == 2);
            assertThat(onAir.get()).extracting(AnimatedOverlay::slot)
                    .as("stacked in slot order").containsExactly(OverlaySlot.LOWER_THIRD, OverlaySlot.PRODUCT_CARD);
            runtime.controller().execute(new ShowCommand.HideAll(), CommandSource.SHORTCUT);
            await("nothing on air", () -> onAir.get().isEmpty());
        }
    }
}
