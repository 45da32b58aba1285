package live.studio.capture;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import live.studio.media.FrameSlot;
import live.studio.media.MediaClock;
import live.studio.media.StageThreads;
import live.studio.media.VideoFormat;
import live.studio.media.VideoFrame;

/**
 * The reference picture: colour bars with a sweeping bar and a bouncing box (so motion and dropped frames show), the frame
 * number and the wall-clock time burned in, and once a second an all-white frame in step with the test tone's beep
 * (see {@link TestSignal}). Each picture is drawn for the media time of the frame clock tick that will show it,
 * half a frame ahead, on the thread {@code capture-test-pattern}.
 */
public final class TestPatternSource implements VideoSource {
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int[] BAR_COLOURS = {
        0xFFC0C0C0, 0xFFC0C000, 0xFF00C0C0, 0xFF00C000, 0xFFC000C0, 0xFFC00000, 0xFF0000C0,
    };
    private static final int WHITE = 0xFFFFFFFF;
    private static final int TEXT_BOX = 0xFF101010;
    private static final int BOX_COLOUR = 0xFFFF8000;
    private static final int SWEEP_COLOUR = 0xFF202020;

    private final int fps;
    private volatile Canvas canvas;
    private volatile boolean running;
    private Thread thread;
    private volatile long capturedCount;

    public TestPatternSource(VideoFormat format) {
        this.fps = format.fps();
    }

    /** Everything that depends on the picture size, replaced whole on resize. */
    private record Canvas(FrameSlot slot, int[] background) {
    }

    @Override
    public String description() {
        return "Test pattern";
    }

    @Override
    public void start(MediaClock clock, int width, int height) {
        canvas = newCanvas(width, height);
        running = true;
        TestSignal signal = new TestSignal(clock, fps);
        thread = StageThreads.start("capture-test-pattern", () -> run(clock, signal));
    }

    @Override
    public void resize(int width, int height) {
        Canvas current = canvas;
        if (current == null || current.slot().width() != width || current.slot().height() != height) {
            canvas = newCanvas(width, height);
        }
    }

    @Override
    public VideoFrame latest() {
        Canvas current = canvas;
        return current == null ? null : current.slot().latest();
    }

    @Override
    public SourceStats stats() {
        return new SourceStats(capturedCount, 0, "");
    }

    @Override
    public void close() {
        running = false;
        StageThreads.stop(thread, StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
    }

    private void run(MediaClock clock, TestSignal signal) {
        long frameDurationNanos = 1_000_000_000L / fps;
        long frameNumber = Math.ceilDiv(clock.elapsedNanos() * fps, 1_000_000_000L);
        try {
            while (running) {
                long frameTimeNanos = frameNumber * 1_000_000_000L / fps;
                clock.sleepUntil(frameTimeNanos - frameDurationNanos / 2);
                long behindNanos = clock.elapsedNanos() - frameTimeNanos;
                if (behindNanos > frameDurationNanos) {
                    // The machine stalled: draw the frame for now rather than a backlog nobody will show.
                    frameNumber = clock.elapsedNanos() * fps / 1_000_000_000L + 1;
                    continue;
                }
                Canvas current = canvas;
                VideoFrame frame = current.slot().back();
                draw(frame, current.background(), frameNumber, signal.isFlashFrame(frameNumber), clock.epochMillisAt(frameTimeNanos));
                frame.setMediaNanos(frameTimeNanos);
                frame.setSequence(frameNumber);
                current.slot().publish();
                capturedCount++;
                frameNumber++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void draw(VideoFrame frame, int[] background, long frameNumber, boolean flash, long epochMillis) {
        int[] pixels = frame.pixels();
        int width = frame.width();
        int height = frame.height();
        if (flash) {
            Arrays.fill(pixels, WHITE);
            return;
        }
        // Static bars and ramp (like FFmpeg's testsrc2, so that both give x264 a similar job), redrawn whole.
        System.arraycopy(background, 0, pixels, 0, width * height);
        // A bar sweeping across the bars once a second: motion over the whole width.
        int sweepWidth = Math.max(2, width / 160);
        int sweepX = (int) ((frameNumber % fps) * (width - sweepWidth) / Math.max(1, fps - 1));
        for (int row = 0; row < height * 2 / 3; row++) {
            Arrays.fill(pixels, row * width + sweepX, row * width + sweepX + sweepWidth, SWEEP_COLOUR);
        }
        // A bouncing box, one pass across and back every two seconds.
        int boxSize = Math.max(8, height / 6);
        long period = 2L * fps;
        long phase = frameNumber % period;
        int travel = width - boxSize;
        int boxX = (int) (phase < period / 2 ? phase * 2 * travel / period : (period - phase) * 2 * travel / period);
        int boxY = height / 2 - boxSize / 2;
        for (int row = boxY; row < boxY + boxSize; row++) {
            Arrays.fill(pixels, row * width + boxX, row * width + boxX + boxSize, BOX_COLOUR);
        }
        // Burned-in frame number and wall clock on a dark plate.
        int scale = Math.max(1, height / 160);
        String frameText = String.format("FRAME %06d", frameNumber);
        String clockText = WALL_CLOCK.format(Instant.ofEpochMilli(epochMillis));
        int margin = 2 * scale;
        int lineHeight = (BitmapFont.GLYPH_HEIGHT + 3) * scale;
        int plateWidth = Math.min(width, Math.max(BitmapFont.textWidth(frameText, scale), BitmapFont.textWidth(clockText, scale)) + 2 * margin);
        int plateHeight = Math.min(height, 2 * lineHeight + 2 * margin);
        for (int row = 0; row < plateHeight; row++) {
            Arrays.fill(pixels, row * width, row * width + plateWidth, TEXT_BOX);
        }
        BitmapFont.draw(pixels, width, height, frameText, margin, margin, scale, WHITE);
        BitmapFont.draw(pixels, width, height, clockText, margin, margin + lineHeight, scale, WHITE);
    }

    private static Canvas newCanvas(int width, int height) {
        return new Canvas(new FrameSlot(width, height), background(width, height));
    }

    /** Colour bars over the top two thirds, a grey ramp below. */
    static int[] background(int width, int height) {
        int[] pixels = new int[width * height];
        int barsBottom = height * 2 / 3;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb;
                if (y < barsBottom) {
                    argb = BAR_COLOURS[x * BAR_COLOURS.length / width];
                } else {
                    int grey = x * 255 / Math.max(1, width - 1);
                    argb = 0xFF000000 | grey << 16 | grey << 8 | grey;
                }
                pixels[y * width + x] = argb;
            }
        }
        return pixels;
    }
}
