package live.studio.app;

import live.studio.capture.FfmpegSourceFactory;
import live.studio.capture.SourceFactory;
import live.studio.capture.TestPatternSource;
import live.studio.capture.TestToneSource;
import live.studio.media.VideoFormat;

/** The studio's source factory: FFmpeg's devices and files, plus the synthetic test pattern and tone. */
public final class Sources {
    private Sources() {
    }

    public static SourceFactory factory(VideoFormat format) {
        return new FfmpegSourceFactory(format, testPattern -> new TestPatternSource(format), () -> new TestToneSource(format.fps()));
    }
}
