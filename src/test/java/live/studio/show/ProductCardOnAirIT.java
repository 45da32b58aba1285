package live.studio.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import live.studio.media.VideoFormat;
import live.studio.output.Destination;
import live.studio.output.OutputState;
import live.studio.output.PacketOutput;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Region;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.OnAirSession;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import live.studio.testing.VideoRegionProbe;
import org.junit.jupiter.api.Test;

/**
 * A product card shown and hidden during a stream to a local nginx-rtmp, found (and then not found) in the stream
 * nginx recorded: decoded frame by frame, its region compared with the background and with the card as drawn.
 */
class ProductCardOnAirIT {
    private static final VideoFormat FORMAT = new VideoFormat(1280, 720, 30);
    private static final long FRAME_MICROS = 1_000_000L / 30;
    /** Mean difference per channel (0-255) from the background below which nothing is drawn there (x264 noise). */
    private static final double BACKGROUND_ONLY = 2.5;
    /** Share of the card's way in that must change for the card to count as on air (a sliver of it). */
    private static final double FIRST_APPEARANCE = 0.002;
    /** Mean difference from the card as drawn below which the region shows the card (H.264 at 3 Mbps, a still). */
    private static final double LOOKS_LIKE_THE_CARD = 12;

    @Test
    void aProductCardIsInTheStreamWithinTwoFramesOfTheCommandAndGoneAfterItsExit() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        Path directory = TestOutput.newDirectory("card-on-air");
        long showAtNanos;
        long hideAtNanos;
        long originNanos;
        AnimatedOverlay card;
        Path recorded;
        try (NginxRtmpServer nginx = NginxRtmpServer.start();
             OnAirSession session = OnAirSession.start(FORMAT, "studio", directory)) {
            PacketOutput output = session.engine().addDestination(Destination.parse("nginx", nginx.url("card-key")));
            awaitLive(output);
            session.awaitCardsDrawnAhead(session.catalog().products().size());
            Thread.sleep(2_000);
            showAtNanos = session.send(new ShowCommand.ShowProduct("#12"));
            Thread.sleep(3_000);
            card = session.onAir(OverlaySlot.PRODUCT_CARD).orElseThrow();
            hideAtNanos = session.send(new ShowCommand.HideProduct());
            Thread.sleep(2_000);
            originNanos = session.engine().timelineOriginMediaNanos(output).orElseThrow();
            session.engine().stopAllOutputs();
            recorded = nginx.recordedFile("card-key");
        }

        Region region = inner(card.rendered().bounds());
        int[] expected = VideoRegionProbe.composite(card.rendered().layers(), region, OnAirSession.BACKGROUND_ARGB);
        List<VideoRegionProbe.Sample> samples = VideoRegionProbe.sample(recorded, region, OnAirSession.BACKGROUND_ARGB,
                expected);
        long showPtsMicros = (showAtNanos - originNanos) / 1_000;
        long hidePtsMicros = (hideAtNanos - originNanos) / 1_000;
        long motionMicros = card.rendered().entrance().durationMs() * 1_000L;
        assertThat(samples).as("frames decoded").hasSizeGreaterThan(150);

        assertThat(samples).filteredOn(sample -> sample.ptsMicros() < showPtsMicros - FRAME_MICROS)
                .as("nothing over the background before the command").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.differenceToBackground()).isLessThan(BACKGROUND_ONLY));
        // Sliding in, the card's first frames are on its way, not yet in its place: look along the whole way. Every
        // frame encoded from two frames after the command on has it (frames a loaded machine dropped are not there
        // to look at, so the rule is about the frames that are).
        Region path = VideoRegionProbe.path(card.rendered(), FORMAT.width(), FORMAT.height());
        List<VideoRegionProbe.Sample> alongThePath = VideoRegionProbe.sample(recorded, path,
                OnAirSession.BACKGROUND_ARGB, null);
        assertThat(alongThePath).filteredOn(sample -> sample.ptsMicros() < showPtsMicros - 1_000)
                .as("not on air before the command").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.changedFraction()).isLessThan(FIRST_APPEARANCE));
        assertThat(alongThePath).filteredOn(sample -> sample.ptsMicros() >= showPtsMicros + 2 * FRAME_MICROS
                        && sample.ptsMicros() < hidePtsMicros)
                .as("on air in every frame from two frames after the command").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.changedFraction()).isGreaterThan(FIRST_APPEARANCE));
        VideoRegionProbe.Sample firstVisible = alongThePath.stream()
                .filter(sample -> sample.changedFraction() > FIRST_APPEARANCE).findFirst().orElseThrow();
        System.out.printf("product card: first on air %.1f frames after the command%n",
                (firstVisible.ptsMicros() - showPtsMicros) / (double) FRAME_MICROS);

        assertThat(samples).filteredOn(sample -> sample.ptsMicros() >= showPtsMicros + motionMicros + 2 * FRAME_MICROS
                        && sample.ptsMicros() < hidePtsMicros)
                .as("the card as drawn, from the end of its entrance until the hide").hasSizeGreaterThan(20)
                .allSatisfy(sample -> assertThat(sample.differenceToExpected()).isLessThan(LOOKS_LIKE_THE_CARD));
        assertThat(samples).filteredOn(sample -> sample.ptsMicros() >= hidePtsMicros + motionMicros + 3 * FRAME_MICROS)
                .as("gone after its exit").hasSizeGreaterThan(10)
                .allSatisfy(sample -> assertThat(sample.differenceToBackground()).isLessThan(BACKGROUND_ONLY));
    }

    /** The card's region less a margin (its shadow and rounded corners blend with the background). */
    private static Region inner(Region bounds) {
        int marginX = bounds.width() / 10;
        int marginY = bounds.height() / 10;
        return new Region(bounds.x() + marginX, bounds.y() + marginY, bounds.width() - 2 * marginX,
                bounds.height() - 2 * marginY);
    }

    private static void awaitLive(PacketOutput output) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (output.status().state() != OutputState.LIVE) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the destination did not go live: " + output.status().summary());
            }
            Thread.sleep(50);
        }
    }
}
