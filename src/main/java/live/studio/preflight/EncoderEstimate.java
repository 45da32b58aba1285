package live.studio.preflight;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import live.studio.encode.EncoderSettings;
import live.studio.encode.VideoEncoderChoice;
import live.studio.engine.EngineStats;
import live.studio.media.VideoFormat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Can this machine encode the program in real time at the chosen settings? A throw-away encoder (JavaCV, the same
 * codec, size, preset, CBR bitrate and keyframe interval as the show's) takes about a second of textured, moving
 * frames as fast as it can, into FFmpeg's null muxer, and the speed is compared with the frame rate: "2.4× real time".
 * It gets the threads the studio's encoder gets (x264's choice), because on air it shares the cores with the frame path
 * as it does now: the estimate is measured beside the running preview, and is over within {@link #MAX_WALL_TIME} even on
 * a busy machine (with fewer frames measured). Off air nothing is lost when the preview skips a frame meanwhile.
 *
 * <p>When the studio's encoder already runs (a recording before going live), nothing is started beside it (that would
 * take its cores and drop recorded frames): the running encoder is watched for a second instead.
 *
 * <p>OK from {@value #OK_FACTOR}×: the margin is the studio's own frame path (compositor, graphics, preview), which
 * shares the cores with the encoder on air; a warning from {@value #WARNING_FACTOR}×, failed below: the stream would
 * fall behind and drop frames.
 */
public final class EncoderEstimate {
    public static final String ID = "encoder";
    public static final double OK_FACTOR = 1.5;
    public static final double WARNING_FACTOR = 1.0;
    /** All of it (pictures, opening the encoder, encoding) ends within this, inside the pre-flight's 5 s. */
    static final Duration MAX_WALL_TIME = Duration.ofMillis(3500);
    /** Frames encoded before the clock starts: the encoder's first frames (threads starting, the first keyframe) are slow. */
    private static final int WARM_UP_FRAMES = 3;
    /** Distinct pictures cycled through: enough that every frame differs from the one before. */
    private static final int PICTURES = 4;

    /** How long the running encoder is watched. */
    private static final Duration WATCH_RUNNING = Duration.ofSeconds(1);

    private final VideoFormat format;
    private final EncoderSettings settings;
    private final Supplier<EngineStats> engineStats;

    /** What the estimate measured; {@code threads} is what the encoder was given (0: the encoder's own choice). */
    public record Estimate(double realTimeFactor, int framesTimed, Duration elapsed, String codec, int threads) {
    }

    /** @param engineStats the studio engine's figures, to tell whether its encoder runs already */
    public EncoderEstimate(VideoFormat format, EncoderSettings settings, Supplier<EngineStats> engineStats) {
        this.format = Objects.requireNonNull(format);
        this.settings = Objects.requireNonNull(settings);
        this.engineStats = Objects.requireNonNull(engineStats);
    }

    /** For an engine that never encodes before the estimate (tests, benchmarks). */
    public EncoderEstimate(VideoFormat format, EncoderSettings settings) {
        this(format, settings, () -> null);
    }

    public PreflightCheck check() {
        return new PreflightCheck() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public CheckResult timedOut() {
                return CheckResult.warning(ID, "encoder.timeout");
            }

            @Override
            public CheckResult run() throws InterruptedException {
                try {
                    EngineStats before = engineStats.get();
                    if (before != null && !before.outputs().isEmpty() && before.encoderFailure().isEmpty()) {
                        Thread.sleep(WATCH_RUNNING);
                        return judgeRunning(before, engineStats.get());
                    }
                    return judge(measure());
                } catch (FrameRecorder.Exception e) {
                    return CheckResult.failed(ID, "encoder.cannot-open", codecName(), String.valueOf(e.getMessage()));
                }
            }

            @Override
            public boolean runsNativeCode() {
                return true;
            }
        };
    }

    CheckResult judge(Estimate estimate) {
        double factor = Math.floor(estimate.realTimeFactor() * 10) / 10;
        Object[] arguments = {factor, format.width(), format.height(), format.fps(), settings.x264Preset(),
                settings.videoBitrateKbps()};
        if (estimate.realTimeFactor() >= OK_FACTOR) {
            return CheckResult.ok(ID, "encoder.ok", arguments);
        }
        if (estimate.realTimeFactor() >= WARNING_FACTOR) {
            return CheckResult.warning(ID, "encoder.tight", arguments);
        }
        return CheckResult.failed(ID, "encoder.too-slow", arguments);
    }

    /** The running encoder over the watch: did it encode every frame the clock made, with its queue far from full? */
    CheckResult judgeRunning(EngineStats before, EngineStats after) {
        double seconds = Math.max(1e-3, (after.uptimeMillis() - before.uptimeMillis()) / 1000.0);
        double encodedPerSecond = (after.encodedFrames() - before.encodedFrames()) / seconds;
        long dropped = after.droppedFrames() - before.droppedFrames();
        Object[] arguments = {encodedPerSecond, format.fps(), after.encoderQueueDepth(), after.encoderQueueCapacity(), dropped};
        boolean keepsUp = encodedPerSecond >= format.fps() * 0.9 && dropped == 0
                && after.encoderQueueDepth() * 2 <= after.encoderQueueCapacity();
        return keepsUp ? CheckResult.ok(ID, "encoder.running-ok", arguments)
                : CheckResult.warning(ID, "encoder.running-behind", arguments);
    }

    private String codecName() {
        return settings.videoEncoder() == VideoEncoderChoice.X264 ? "libx264" : settings.videoEncoder().ffmpegName();
    }

    /** Encodes about a second of frames as fast as it can; the thread's interrupt stops it. */
    public Estimate measure() throws FrameRecorder.Exception, InterruptedException {
        long stopAt = System.nanoTime() + MAX_WALL_TIME.toNanos();
        int width = format.width();
        int height = format.height();
        ByteBuffer[] pictures = pictures(width, height);
        int threads = 0; // x264's own choice, as the studio's encoder
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder("-", width, height, 0);
        try {
            recorder.setFormat("null");
            recorder.setVideoCodecName(codecName());
            recorder.setPixelFormat(settings.videoEncoder() == VideoEncoderChoice.X264 ? avutil.AV_PIX_FMT_YUV420P : avutil.AV_PIX_FMT_NV12);
            recorder.setFrameRate(format.fps());
            recorder.setGopSize(settings.keyframeIntervalSeconds() * format.fps());
            recorder.setVideoBitrate(settings.videoBitrateKbps() * 1000);
            recorder.setVideoOption("threads", "auto");
            recorder.setVideoOption("maxrate", settings.videoBitrateKbps() + "k");
            recorder.setVideoOption("bufsize", settings.videoBitrateKbps() + "k");
            recorder.setVideoOption("profile", settings.profile().ffmpegName());
            if (settings.videoEncoder() == VideoEncoderChoice.X264) {
                recorder.setVideoOption("preset", settings.x264Preset());
                recorder.setVideoOption("tune", "zerolatency");
                recorder.setVideoOption("x264-params", "nal-hrd=cbr:scenecut=0");
            }
            recorder.start();
            long warmUpStart = System.nanoTime();
            for (int frame = 0; frame < WARM_UP_FRAMES; frame++) {
                encode(recorder, pictures[frame % PICTURES], width, height);
            }
            long start = System.nanoTime();
            int timed = 0;
            while (timed < format.fps() && System.nanoTime() < stopAt) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("encoder estimate cancelled");
                }
                encode(recorder, pictures[(WARM_UP_FRAMES + timed) % PICTURES], width, height);
                timed++;
            }
            if (timed == 0) {
                // a machine so busy that the time ran out during the warm-up: its frames are all there is to go by
                timed = WARM_UP_FRAMES;
                start = warmUpStart;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            double framesPerSecond = timed / Math.max(1e-9, elapsed.toNanos() / 1e9);
            return new Estimate(framesPerSecond / format.fps(), timed, elapsed, codecName(), threads);
        } finally {
            try {
                recorder.stop();
            } catch (FrameRecorder.Exception ignored) {
                // the null muxer has nothing to finish; release() below frees the encoder either way
            }
            recorder.release();
        }
    }

    private static void encode(FFmpegFrameRecorder recorder, ByteBuffer picture, int width, int height) throws FrameRecorder.Exception {
        recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 4, width * 4, avutil.AV_PIX_FMT_BGRA, picture);
    }

    /**
     * Pictures with what makes a camera's picture costly to encode: a gradient with fine grain, moving a few pixels
     * from one frame to the next (flat colour would flatter the encoder, pure noise would slander it).
     */
    static ByteBuffer[] pictures(int width, int height) {
        int margin = 8 * PICTURES;
        int textureWidth = width + margin;
        int textureHeight = height + margin;
        int[] texture = new int[textureWidth * textureHeight];
        Random grain = new Random(42);
        for (int y = 0; y < textureHeight; y++) {
            for (int x = 0; x < textureWidth; x++) {
                int noise = grain.nextInt(48) - 24;
                int red = clamp(x * 255 / textureWidth + noise);
                int green = clamp(y * 255 / textureHeight + noise);
                int blue = clamp(((x / 64 + y / 64) % 2 == 0 ? 200 : 60) + noise);
                texture[y * textureWidth + x] = 0xFF000000 | red << 16 | green << 8 | blue;
            }
        }
        ByteBuffer[] pictures = new ByteBuffer[PICTURES];
        for (int index = 0; index < PICTURES; index++) {
            ByteBuffer picture = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.LITTLE_ENDIAN);
            java.nio.IntBuffer pixels = picture.asIntBuffer();
            int offset = index * 8;
            for (int y = 0; y < height; y++) {
                pixels.put(texture, (y + offset / 2) * textureWidth + offset, width);
            }
            pictures[index] = picture;
        }
        return pictures;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
