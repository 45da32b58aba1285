package live.studio.capture;

import java.util.List;

/**
 * A camera, microphone or screen the operating system offers.
 *
 * @param id    what {@code camera:ID} / {@code mic:ID} takes (a path, a name, an index)
 * @param name  the human name
 * @param kind  what it captures
 * @param modes what it can deliver (cameras), best first; empty when unknown
 */
public record CaptureDevice(String id, String name, Kind kind, List<Mode> modes) {
    public enum Kind { CAMERA, MICROPHONE, SCREEN }

    /** @param pixelFormat as the driver names it, e.g. "mjpeg", "yuyv422" */
    public record Mode(int width, int height, double fps, String pixelFormat) {
        @Override
        public String toString() {
            return width + "x" + height + "@" + (fps == Math.rint(fps) ? String.valueOf((int) fps) : String.valueOf(fps))
                    + " " + pixelFormat;
        }
    }

    @Override
    public String toString() {
        return name.equals(id) ? id : name + " (" + id + ")";
    }
}
