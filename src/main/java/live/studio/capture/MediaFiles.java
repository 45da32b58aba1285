package live.studio.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/** Checks a media or image file before FFmpeg sees it, so that the message says what is wrong with the file. */
final class MediaFiles {
    private MediaFiles() {
    }

    static void requireReadable(Path path, String what) throws SourceException {
        if (!Files.exists(path)) {
            throw new SourceException(what + " '" + path + "' not found: check the path (it is "
                    + (path.isAbsolute() ? "absolute" : "relative to " + Path.of("").toAbsolutePath()) + ")");
        }
        if (Files.isDirectory(path)) {
            throw new SourceException(what + " '" + path + "' is a folder, not a file: name a file in it");
        }
        if (!Files.isReadable(path)) {
            throw new SourceException(what + " '" + path + "' cannot be read: check its permissions");
        }
        try {
            if (Files.size(path) == 0) {
                throw new SourceException(what + " '" + path + "' is empty (0 bytes): export it again or pick another file");
            }
        } catch (IOException e) {
            throw new SourceException(what + " '" + path + "' cannot be read (" + e.getMessage() + "): check the disk and the path", e);
        }
    }

    /** Opens a media file with FFmpeg; a corrupt or unknown file gives FFmpeg's reason in the message. */
    static FFmpegFrameGrabber openMedia(Path path, String what, FFmpegFrameGrabber grabber) throws SourceException {
        Grabbers.StartFailure failure = Grabbers.start(grabber);
        if (failure != null) {
            throw new SourceException(what + " '" + path + "' is not a playable media file (FFmpeg: " + failure.reason()
                    + "): re-export it, e.g. as MP4 with H.264 and AAC, or pick another file", failure.cause());
        }
        return grabber;
    }
}
