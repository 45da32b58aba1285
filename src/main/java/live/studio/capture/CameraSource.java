package live.studio.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * A camera: v4l2 on Linux (MJPEG when the device offers it, for 720p and up at full frame rate over USB 2), dshow on
 * Windows, avfoundation on macOS. The device is asked for the requested size and the program's frame rate;
 * swscale fits what it delivers into the requested frame.
 */
public final class CameraSource extends GrabberVideoSource {
    private final OperatingSystem operatingSystem;
    private final Optional<String> requestedDevice;
    private final int fps;
    private final DeviceDiscovery discovery;
    private volatile String resolvedDevice;

    /** @param device empty for the first camera; a path ({@code /dev/video0}), a name, or (macOS) an index */
    public CameraSource(Optional<String> device, int fps) {
        this(device, fps, OperatingSystem.current(), new DeviceDiscovery());
    }

    CameraSource(Optional<String> device, int fps, OperatingSystem operatingSystem, DeviceDiscovery discovery) {
        super("capture-camera");
        if (fps <= 0) {
            throw new IllegalArgumentException("a camera needs a positive frame rate, got " + fps);
        }
        this.operatingSystem = operatingSystem;
        this.requestedDevice = device.filter(d -> !d.isBlank());
        this.fps = fps;
        this.discovery = discovery;
        this.resolvedDevice = requestedDevice.orElse("");
    }

    @Override
    public String description() {
        return "Camera: " + (resolvedDevice.isEmpty() ? "default" : resolvedDevice);
    }

    @Override
    protected FFmpegFrameGrabber open(PictureSize requested) throws SourceException {
        List<CaptureDevice> cameras = discovery.cameras();
        String device = resolveDevice(cameras);
        resolvedDevice = device;
        FFmpegFrameGrabber grabber = switch (operatingSystem) {
            case LINUX -> {
                FFmpegFrameGrabber g = FfmpegDevices.newGrabber(description(), device);
                g.setFormat("v4l2");
                List<CaptureDevice.Mode> modes = cameras.stream().filter(c -> c.id().equals(device))
                        .findFirst().map(CaptureDevice::modes).orElse(List.of());
                chooseInputFormat(modes, requested).ifPresent(format -> g.setOption("input_format", format));
                yield g;
            }
            case WINDOWS -> {
                FFmpegFrameGrabber g = FfmpegDevices.newGrabber(description(), "video=" + device);
                g.setFormat("dshow");
                // dshow drops pictures with "real-time buffer too full" when its default 3 MB buffer is used for HD.
                g.setOption("rtbufsize", "128M");
                yield g;
            }
            case MACOS -> {
                FFmpegFrameGrabber g = FfmpegDevices.newGrabber(description(), device);
                g.setFormat("avfoundation");
                yield g;
            }
        };
        // Before start these become the device's video_size, framerate and pixel_format; when the device refuses
        // BGRA, JavaCV retries without it and swscale converts.
        grabber.setImageWidth(requested.width());
        grabber.setImageHeight(requested.height());
        grabber.setFrameRate(fps);
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
        Grabbers.StartFailure failure = Grabbers.start(grabber);
        if (failure != null) {
            String problem = failure.busy()
                    ? "is busy: another program (a browser tab, a video call) is using it; close that program"
                    : failure.missing()
                            ? "not found"
                            : "could not be opened (FFmpeg: " + failure.reason() + ")";
            throw new SourceException("camera '" + device + "' " + problem + "; cameras on this machine: "
                    + DeviceDiscovery.describe(cameras) + ". " + whatToDo(cameras), failure.cause());
        }
        return grabber;
    }

    private String resolveDevice(List<CaptureDevice> cameras) throws SourceException {
        if (requestedDevice.isEmpty()) {
            if (!cameras.isEmpty()) {
                return cameras.getFirst().id();
            }
            if (operatingSystem == OperatingSystem.LINUX) {
                throw notFound("/dev/video0", cameras);
            }
            if (operatingSystem == OperatingSystem.MACOS) {
                return "0";
            }
            throw notFound("(default)", cameras);
        }
        String device = requestedDevice.get();
        if (operatingSystem != OperatingSystem.LINUX) {
            return device;
        }
        if (device.startsWith("/")) {
            if (!Files.exists(Path.of(device))) {
                throw notFound(device, cameras);
            }
            return device;
        }
        // A name such as "HD Pro Webcam C920", as pickers show it.
        return cameras.stream().filter(c -> c.name().equalsIgnoreCase(device)).map(CaptureDevice::id).findFirst()
                .orElseThrow(() -> notFound(device, cameras));
    }

    private static SourceException notFound(String device, List<CaptureDevice> cameras) {
        return new SourceException("camera '" + device + "' not found; cameras on this machine: "
                + DeviceDiscovery.describe(cameras) + ". " + whatToDo(cameras));
    }

    private static String whatToDo(List<CaptureDevice> cameras) {
        return cameras.isEmpty()
                ? "Connect a camera (and check that its driver loaded), or use --video test, screen or file:PATH"
                : "Pick one of those with --video camera:DEVICE";
    }

    /**
     * MJPEG when the device offers it at the requested size (or, with unknown sizes, at all) and the size is 720p or
     * more: raw YUYV at 720p30 and up does not fit through USB 2, so drivers fall back to 5–10 fps.
     */
    static Optional<String> chooseInputFormat(List<CaptureDevice.Mode> modes, PictureSize requested) {
        boolean highDefinition = (long) requested.width() * requested.height() >= 1280L * 720;
        if (!highDefinition) {
            return Optional.empty();
        }
        boolean mjpegAtSize = modes.stream().anyMatch(m -> m.pixelFormat().equals("mjpeg")
                && m.width() == requested.width() && m.height() == requested.height());
        return mjpegAtSize ? Optional.of("mjpeg") : Optional.empty();
    }
}
