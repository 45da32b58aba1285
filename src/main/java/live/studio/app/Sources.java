package live.studio.app;

import live.studio.capture.AudioSource;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.SourceException;
import live.studio.capture.SourceFactory;
import live.studio.capture.TestPatternSource;
import live.studio.capture.TestToneSource;
import live.studio.capture.VideoSource;
import live.studio.capture.VideoSourceSpec;
import live.studio.media.VideoFormat;

/** The studio's source factory. */
public final class Sources {
    private Sources() {
    }

    public static SourceFactory factory(VideoFormat format) {
        return new SourceFactory() {
            @Override
            public VideoSource createVideo(VideoSourceSpec spec) throws SourceException {
                if (spec instanceof VideoSourceSpec.TestPattern) {
                    return new TestPatternSource(format);
                }
                throw new SourceException("video source '" + spec + "' is not available in this build");
            }

            @Override
            public AudioSource createAudio(AudioSourceSpec spec) throws SourceException {
                return switch (spec) {
                    case AudioSourceSpec.TestTone tone -> new TestToneSource(format.fps());
                    case AudioSourceSpec.None none -> null;
                    default -> throw new SourceException("audio source '" + spec + "' is not available in this build");
                };
            }
        };
    }
}
