package live.studio.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import live.studio.media.FfmpegLog;
import org.bytedeco.ffmpeg.avdevice.AVDeviceInfo;
import org.bytedeco.ffmpeg.avdevice.AVDeviceInfoList;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.global.avdevice;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cameras (with their modes), microphones and screens of the running machine, as FFmpeg can open them. Linux:
 * {@code /sys/class/video4linux} and v4l2 {@code list_formats}, PulseAudio and ALSA sources, X displays. Windows:
 * dshow {@code list_devices} and {@code list_options}. macOS: avfoundation {@code list_devices}. Never throws: what
 * cannot be listed (no sound server, no X) is simply absent.
 */
public final class DeviceDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceDiscovery.class);
    private static final Pattern X_SOCKET = Pattern.compile("X(\\d+)");
    /** Marks an ALSA device in a microphone id; ids without it are PulseAudio source names. */
    static final String ALSA_DEVICE_PREFIX = "alsa:";

    private final OperatingSystem operatingSystem;
    private final Path videoDeviceRoot;
    private final Path xSocketRoot;

    public DeviceDiscovery() {
        this(OperatingSystem.current(), Path.of("/sys/class/video4linux"), Path.of("/tmp/.X11-unix"));
    }

    DeviceDiscovery(OperatingSystem operatingSystem, Path videoDeviceRoot, Path xSocketRoot) {
        this.operatingSystem = operatingSystem;
        this.videoDeviceRoot = videoDeviceRoot;
        this.xSocketRoot = xSocketRoot;
    }

    /** "none", or the devices as pickers show them, e.g. "HD Pro Webcam C920 (/dev/video0)". */
    public static String describe(List<CaptureDevice> devices) {
        return devices.isEmpty() ? "none" : devices.stream().map(CaptureDevice::toString).collect(Collectors.joining(", "));
    }

    public List<CaptureDevice> all() {
        return Stream.of(cameras(), microphones(), screens()).flatMap(List::stream).toList();
    }

    public List<CaptureDevice> cameras() {
        return switch (operatingSystem) {
            case LINUX -> linuxCameras();
            case WINDOWS -> dshowDevices().stream().filter(d -> d.kind() == CaptureDevice.Kind.CAMERA)
                    .map(d -> new CaptureDevice(d.id(), d.name(), d.kind(), dshowModes(d.name()))).toList();
            case MACOS -> avfoundationDevices(CaptureDevice.Kind.CAMERA);
        };
    }

    public List<CaptureDevice> microphones() {
        return switch (operatingSystem) {
            case LINUX -> {
                List<CaptureDevice> pulse = listInputSources("pulse", "");
                yield pulse.isEmpty() ? listInputSources("alsa", ALSA_DEVICE_PREFIX) : pulse;
            }
            case WINDOWS -> dshowDevices().stream().filter(d -> d.kind() == CaptureDevice.Kind.MICROPHONE).toList();
            case MACOS -> avfoundationDevices(CaptureDevice.Kind.MICROPHONE);
        };
    }

    public List<CaptureDevice> screens() {
        return switch (operatingSystem) {
            case LINUX -> xDisplays();
            case WINDOWS -> List.of(new CaptureDevice("desktop", "Desktop", CaptureDevice.Kind.SCREEN, List.of()));
            case MACOS -> avfoundationDevices(CaptureDevice.Kind.SCREEN);
        };
    }

    // --- Linux -------------------------------------------------------------------------------------------------

    private List<CaptureDevice> linuxCameras() {
        List<CaptureDevice> cameras = new ArrayList<>();
        for (Path node : videoNodes()) {
            String nodeName = node.getFileName().toString();
            // UVC cameras register a second node for metadata (index 1); only index 0 delivers pictures.
            if (!readFirstLine(node.resolve("index")).orElse("0").equals("0")) {
                continue;
            }
            String name = readFirstLine(node.resolve("name")).orElse(nodeName);
            String device = "/dev/" + nodeName;
            cameras.add(new CaptureDevice(device, name, CaptureDevice.Kind.CAMERA,
                    Files.exists(Path.of(device)) ? v4l2Modes(device) : List.of()));
        }
        return List.copyOf(cameras);
    }

    private List<Path> videoNodes() {
        if (!Files.isDirectory(videoDeviceRoot)) {
            return List.of();
        }
        try (Stream<Path> nodes = Files.list(videoDeviceRoot)) {
            return nodes.filter(p -> p.getFileName().toString().matches("video\\d+"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(5))))
                    .toList();
        } catch (IOException e) {
            LOG.debug("cannot list {}", videoDeviceRoot, e);
            return List.of();
        }
    }

    private static List<CaptureDevice.Mode> v4l2Modes(String device) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device);
        grabber.setFormat("v4l2");
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        grabber.setOption("list_formats", "all");
        // v4l2 prints the formats and then refuses to open (AVERROR_EXIT): the failure is the expected outcome.
        Grabbers.StartFailure failure = Grabbers.start(grabber);
        if (failure == null) {
            Grabbers.release(grabber);
        }
        return failure == null ? List.of() : DeviceListParser.parseV4l2Formats(failure.lines());
    }

    private List<CaptureDevice> listInputSources(String format, String idPrefix) {
        try {
            avdevice.avdevice_register_all();
            AVInputFormat inputFormat = avformat.av_find_input_format(format);
            if (inputFormat == null) {
                return List.of();
            }
            // pulse and alsa log their connection errors; they are expected without a sound server.
            return FfmpegLog.capture(() -> {
                List<CaptureDevice> devices = new ArrayList<>();
                try (PointerPointer<AVDeviceInfoList> listHolder = new PointerPointer<>(1L)) {
                    int result = avdevice.avdevice_list_input_sources(inputFormat, (BytePointer) null, null, listHolder);
                    if (result < 0 || listHolder.get() == null) {
                        return devices;
                    }
                    AVDeviceInfoList list = new AVDeviceInfoList(listHolder.get());
                    for (int i = 0; i < list.nb_devices(); i++) {
                        AVDeviceInfo info = list.devices(i);
                        String id = stringOf(info.device_name());
                        String description = stringOf(info.device_description());
                        if (!id.isEmpty()) {
                            devices.add(new CaptureDevice(idPrefix + id, description.isEmpty() ? id : description,
                                    CaptureDevice.Kind.MICROPHONE, List.of()));
                        }
                    }
                    avdevice.avdevice_free_list_devices(listHolder);
                }
                return devices;
            }).result();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("cannot list {} sources", format, e);
            return List.of();
        }
    }

    private static String stringOf(BytePointer pointer) {
        return pointer == null || pointer.isNull() ? "" : pointer.getString(StandardCharsets.UTF_8);
    }

    private List<CaptureDevice> xDisplays() {
        Set<String> displays = new LinkedHashSet<>();
        Optional.ofNullable(System.getenv("DISPLAY")).filter(d -> !d.isBlank()).ifPresent(displays::add);
        if (Files.isDirectory(xSocketRoot)) {
            try (Stream<Path> sockets = Files.list(xSocketRoot)) {
                sockets.map(p -> X_SOCKET.matcher(p.getFileName().toString()))
                        .filter(Matcher::matches)
                        .map(m -> Integer.parseInt(m.group(1)))
                        .sorted()
                        .forEach(number -> displays.add(":" + number));
            } catch (IOException e) {
                LOG.debug("cannot list {}", xSocketRoot, e);
            }
        }
        return displays.stream()
                .map(display -> new CaptureDevice(display, "X display " + display, CaptureDevice.Kind.SCREEN, List.of()))
                .toList();
    }

    // --- Windows and macOS: the lists FFmpeg only prints ---------------------------------------------------------

    private static List<CaptureDevice> dshowDevices() {
        return DeviceListParser.parseDshowDevices(printedBy("dshow", "dummy", "list_devices"));
    }

    private static List<CaptureDevice.Mode> dshowModes(String cameraName) {
        return DeviceListParser.parseDshowOptions(printedBy("dshow", "video=" + cameraName, "list_options"));
    }

    private static List<CaptureDevice> avfoundationDevices(CaptureDevice.Kind kind) {
        return DeviceListParser.parseAvfoundationDevices(printedBy("avfoundation", "", "list_devices")).stream()
                .filter(d -> d.kind() == kind).toList();
    }

    /** Opens {@code format} with {@code option=true}; the input prints its list and refuses to open. */
    private static List<String> printedBy(String format, String input, String option) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(input);
        grabber.setFormat(format);
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        grabber.setOption(option, "true");
        Grabbers.StartFailure failure = Grabbers.start(grabber);
        if (failure == null) {
            Grabbers.release(grabber);
            return List.of();
        }
        return failure.lines();
    }

    private static Optional<String> readFirstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().map(String::strip);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
