package live.studio.testing;

import live.studio.app.Sources;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;

/** The engine as {@code studio live --headless} runs it, in this process: the test pattern and the test tone. */
public final class TestSignalEngine {
    private TestSignalEngine() {
    }

    public static LiveEngine start(VideoFormat format, int videoBitrateKbps) throws Exception {
        LiveEngine engine = new LiveEngine(format, EncoderSettings.defaults(videoBitrateKbps), Sources.factory(format));
        try {
            engine.setVideoSource(0, new VideoSourceSpec.TestPattern());
            engine.setAudioSource(new AudioSourceSpec.TestTone());
            engine.start();
            return engine;
        } catch (Exception | Error e) {
            engine.close();
            throw e;
        }
    }
}
