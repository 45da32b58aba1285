package live.studio.capture;

import java.nio.file.Path;
import live.studio.media.AudioFormat;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * The sound track of a media file, played in a loop, at 48 kHz stereo on the program's sample clock. Samples stay
 * contiguous across loops; decoding runs at most {@link #LEAD_NANOS} ahead of the clock, well inside the ring.
 * Started together with {@link MediaFileSource} on the same file, both begin at their start time, so picture and
 * sound match to within the few milliseconds between the two starts.
 */
public final class MediaFileAudioSource extends GrabberAudioSource {
    static final long LEAD_NANOS = 200_000_000L;
    private static final long UNANCHORED = Long.MIN_VALUE;

    private final Path path;
    private long nextSample = UNANCHORED; // capture-thread state

    public MediaFileAudioSource(Path path) {
        super("capture-file-audio");
        this.path = path;
    }

    public Path path() {
        return path;
    }

    @Override
    public String description() {
        return "File sound: " + path;
    }

    @Override
    protected FFmpegFrameGrabber open() throws SourceException {
        MediaFiles.requireReadable(path, "media file");
        FFmpegFrameGrabber grabber = FfmpegDevices.newGrabber(description(), path.toFile());
        configureForProgramFormat(grabber);
        MediaFiles.openMedia(path, "media file", grabber);
        if (!grabber.hasAudio()) {
            Grabbers.release(grabber);
            throw new SourceException("media file '" + path + "' has no sound track: use --audio test, mic or none");
        }
        return grabber;
    }

    @Override
    protected long placeChunk(int sampleCount) throws InterruptedException {
        if (nextSample == UNANCHORED) {
            nextSample = AudioFormat.sampleAtOrAfter(clock.elapsedNanos());
        }
        // Not faster than real time: wait until the chunk is within the lead of the clock.
        clock.sleepUntil(AudioFormat.sampleTimeNanos(nextSample) - LEAD_NANOS);
        long first = nextSample;
        nextSample += sampleCount;
        return first;
    }

    @Override
    protected boolean restartAtEnd(FFmpegFrameGrabber grabber) throws Exception {
        grabber.setTimestamp(0L);
        return true;
    }

    @Override
    protected void reopened() {
        nextSample = UNANCHORED;
    }
}
