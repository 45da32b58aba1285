package live.studio.capture;

/** Creates the source a spec names; the studio's one place that knows every source type. */
public interface SourceFactory {

    VideoSource createVideo(VideoSourceSpec spec) throws SourceException;

    /** Null for {@link AudioSourceSpec.None}. */
    AudioSource createAudio(AudioSourceSpec spec) throws SourceException;
}
