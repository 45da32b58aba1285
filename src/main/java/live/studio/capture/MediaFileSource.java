package live.studio.capture;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * The pictures of a media file, played in a loop at the file's own frame rate and paced by the media clock (never
 * faster than real time); the sound track is {@link MediaFileAudioSource}'s. A picture that is more than a second
 * late (the machine stalled) moves the schedule instead of fast-forwarding to catch up.
 */
public final class MediaFileSource extends GrabberVideoSource {
    private static final long LATE_LIMIT_NANOS = 1_000_000_000L;
    private static final double FALLBACK_FPS = 30.0;

    private final Path path;
    private boolean scheduled;        // capture-thread state from here on
    private long loopOriginNanos;     // media time at which file time zero of the current loop plays
    private long lastTimestampMicros;
    private double fileFps = FALLBACK_FPS;

    public MediaFileSource(Path path) {
        super("capture-file");
        this.path = path;
    }

    public Path path() {
        return path;
    }

    @Override
    public String description() {
        return "File: " + path;
    }

    @Override
    protected FFmpegFrameGrabber open(PictureSize requested) throws SourceException {
        MediaFiles.requireReadable(path, "media file");
        FFmpegFrameGrabber grabber = FfmpegDevices.newGrabber(description(), path.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
        MediaFiles.openMedia(path, "media file", grabber);
        if (!grabber.hasVideo()) {
            Grabbers.release(grabber);
            throw new SourceException("media file '" + path + "' has no video track: use it with --audio file:PATH, "
                    + "or pick a video file");
        }
        double fps = grabber.getVideoFrameRate();
        fileFps = fps > 0 && fps < 1000 ? fps : FALLBACK_FPS;
        scheduled = false;
        return grabber;
    }

    @Override
    protected long awaitPresentation(Frame picture) throws InterruptedException {
        long fileNanos = picture.timestamp * 1_000L;
        lastTimestampMicros = picture.timestamp;
        long now = clock.elapsedNanos();
        if (!scheduled || now - (loopOriginNanos + fileNanos) > LATE_LIMIT_NANOS) {
            loopOriginNanos = now - fileNanos;
            scheduled = true;
        }
        long dueNanos = loopOriginNanos + fileNanos;
        clock.sleepUntil(dueNanos);
        return dueNanos;
    }

    @Override
    protected boolean restartAtEnd(FFmpegFrameGrabber grabber) throws Exception {
        // The next loop starts one frame after the last picture of this one.
        loopOriginNanos += lastTimestampMicros * 1_000L + Math.round(1e9 / fileFps);
        lastTimestampMicros = 0;
        grabber.setTimestamp(0L);
        return true;
    }
}
