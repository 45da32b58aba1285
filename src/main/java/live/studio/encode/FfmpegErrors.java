package live.studio.encode;

import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg error codes as text. */
public final class FfmpegErrors {
    private FfmpegErrors() {
    }

    public static String describe(int errorCode) {
        byte[] buffer = new byte[256];
        avutil.av_strerror(errorCode, buffer, buffer.length);
        int length = 0;
        while (length < buffer.length && buffer[length] != 0) {
            length++;
        }
        return new String(buffer, 0, length, java.nio.charset.StandardCharsets.UTF_8) + " (" + errorCode + ")";
    }
}
