package live.studio.preflight;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import live.studio.capture.AudioSource;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.SourceException;
import live.studio.capture.SourceFactory;
import live.studio.capture.SourceStats;
import live.studio.capture.VideoSource;
import live.studio.capture.VideoSourceSpec;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;

/**
 * Lets the pre-flight look at what a video source delivers: the engine's source factory is wrapped once, at start,
 * and every video source it makes is watched. While a sample is taken (about a second and a half, only during the
 * pre-flight) each new picture the compositor takes is read at a 16×16 grid of points on the frame clock's thread: a
 * fingerprint tells a changing picture from a frozen one, the brightness a black one. The rest of the time the watch
 * costs one volatile read per frame.
 */
public final class VideoSignalProbe {
    private static final int GRID = 16;

    private final Map<VideoSourceSpec, WatchedSource> live = new ConcurrentHashMap<>();

    /** What a source delivered during a sample. */
    public record VideoSignal(String description, long deliveredPictures, long seenPictures, int distinctPictures,
                              double brightestMeanLuma) {
    }

    /** The factory to give the engine: it makes the same sources, watched. */
    public SourceFactory watch(SourceFactory factory) {
        Objects.requireNonNull(factory);
        return new SourceFactory() {
            @Override
            public VideoSource createVideo(VideoSourceSpec spec) throws SourceException {
                VideoSource source = factory.createVideo(spec);
                return source == null ? null : new WatchedSource(spec, source);
            }

            @Override
            public AudioSource createAudio(AudioSourceSpec spec) throws SourceException {
                return factory.createAudio(spec);
            }
        };
    }

    /**
     * Watches the running source made for {@code spec} for {@code window}; empty when no such source runs (it was
     * not made by a watched factory, or it has closed).
     */
    public Optional<VideoSignal> sample(VideoSourceSpec spec, Duration window) throws InterruptedException {
        WatchedSource source = live.get(spec);
        if (source == null) {
            return Optional.empty();
        }
        Sample sample = new Sample();
        long capturedBefore = source.stats().capturedCount();
        source.sample = sample;
        try {
            Thread.sleep(window);
        } finally {
            source.sample = null;
        }
        long delivered = Math.max(0, source.stats().capturedCount() - capturedBefore);
        synchronized (sample) {
            return Optional.of(new VideoSignal(source.description(), delivered, sample.seen, sample.fingerprints.size(),
                    sample.brightestMeanLuma));
        }
    }

    /** What one sample collected (written on the frame clock thread, read once the sample ends). */
    private static final class Sample {
        private final Set<Long> fingerprints = new java.util.HashSet<>();
        private long seen;
        private double brightestMeanLuma;
        private long lastSequence = Long.MIN_VALUE;

        synchronized void look(VideoFrame picture) {
            if (picture.sequence() == lastSequence) {
                return;
            }
            lastSequence = picture.sequence();
            seen++;
            int[] pixels = picture.pixels();
            int width = picture.width();
            int height = picture.height();
            long fingerprint = 1;
            double lumaSum = 0;
            for (int row = 0; row < GRID; row++) {
                int y = (int) ((row + 0.5) * height / GRID);
                for (int column = 0; column < GRID; column++) {
                    int x = (int) ((column + 0.5) * width / GRID);
                    int argb = pixels[y * width + x];
                    fingerprint = fingerprint * 31 + argb;
                    lumaSum += 0.2126 * (argb >> 16 & 0xFF) + 0.7152 * (argb >> 8 & 0xFF) + 0.0722 * (argb & 0xFF);
                }
            }
            if (fingerprints.size() < 1_000) {
                fingerprints.add(fingerprint);
            }
            brightestMeanLuma = Math.max(brightestMeanLuma, lumaSum / (GRID * GRID) / 255.0);
        }
    }

    /** The source as the engine sees it, plus the look during a sample. */
    private final class WatchedSource implements VideoSource {
        private final VideoSourceSpec spec;
        private final VideoSource source;
        private volatile Sample sample;

        WatchedSource(VideoSourceSpec spec, VideoSource source) {
            this.spec = spec;
            this.source = source;
        }

        @Override
        public String description() {
            return source.description();
        }

        @Override
        public void start(MediaClock clock, int width, int height) throws SourceException {
            source.start(clock, width, height);
            live.put(spec, this);
        }

        @Override
        public void resize(int width, int height) {
            source.resize(width, height);
        }

        @Override
        public VideoFrame latest() {
            VideoFrame picture = source.latest();
            Sample current = sample;
            if (current != null && picture != null) {
                current.look(picture);
            }
            return picture;
        }

        @Override
        public SourceStats stats() {
            return source.stats();
        }

        @Override
        public void close() {
            live.remove(spec, this);
            source.close();
        }

        @Override
        public String toString() {
            return source.toString();
        }
    }
}
