package live.studio.media;

import java.util.List;

/**
 * Canvas size and frame rate of the program output.
 *
 * @param width  pixels, even, 160 to 4096
 * @param height pixels, even, 160 to 4096
 * @param fps    one of {@link #SUPPORTED_FPS}
 */
public record VideoFormat(int width, int height, int fps) {
    public static final List<Integer> SUPPORTED_FPS = List.of(24, 25, 30, 50, 60);
    public static final int MIN_DIMENSION = 160;
    public static final int MAX_DIMENSION = 4096;

    public VideoFormat {
        if (width < MIN_DIMENSION || width > MAX_DIMENSION || height < MIN_DIMENSION || height > MAX_DIMENSION) {
            throw new IllegalArgumentException("size " + width + "x" + height + " is out of range: width and height must be "
                    + MIN_DIMENSION + " to " + MAX_DIMENSION + " pixels, e.g. 1280x720 or 1080x1920");
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("size " + width + "x" + height
                    + " has an odd side: H.264 with 4:2:0 chroma needs even width and height, e.g. "
                    + (width & ~1) + "x" + (height & ~1));
        }
        if (!SUPPORTED_FPS.contains(fps)) {
            throw new IllegalArgumentException("frame rate " + fps + " is not supported: use one of " + SUPPORTED_FPS);
        }
    }

    /** Parses {@code WIDTHxHEIGHT}, e.g. {@code 1280x720}. */
    public static VideoFormat parse(String size, int fps) {
        String[] parts = size.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("size '" + size + "' is not WIDTHxHEIGHT, e.g. 1280x720 or 720x1280");
        }
        try {
            return new VideoFormat(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), fps);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size '" + size + "' is not WIDTHxHEIGHT, e.g. 1280x720 or 720x1280", e);
        }
    }

    public long frameDurationNanos() {
        return 1_000_000_000L / fps;
    }

    /** Media time of frame {@code frameNumber}, exact (no accumulated rounding). */
    public long frameTimeNanos(long frameNumber) {
        return frameNumber * 1_000_000_000L / fps;
    }

    public int pixelCount() {
        return width * height;
    }

    public Orientation orientation() {
        return height > width ? Orientation.PORTRAIT : Orientation.LANDSCAPE;
    }

    public enum Orientation { LANDSCAPE, PORTRAIT }

    @Override
    public String toString() {
        return width + "x" + height + "@" + fps;
    }
}
