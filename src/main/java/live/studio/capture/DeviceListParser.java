package live.studio.capture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the device lists that FFmpeg only prints (dshow and avfoundation {@code list_devices}, dshow
 * {@code list_options}, v4l2 {@code list_formats}). Pure functions over the printed lines, with or without FFmpeg's
 * {@code [dshow @ 0x...]} prefixes, so they are tested with sample output from each operating system.
 */
final class DeviceListParser {
    private static final Pattern DSHOW_DEVICE = Pattern.compile("^\"(.+)\"\\s*(?:\\(([a-z, ]+)\\))?$");
    private static final Pattern DSHOW_MODE = Pattern.compile(
            "(?:vcodec|pixel_format)=(\\S+)\\s+min s=(\\d+)x(\\d+) fps=([\\d.]+)\\s+max s=(\\d+)x(\\d+) fps=([\\d.]+)");
    private static final Pattern AVFOUNDATION_DEVICE = Pattern.compile("^\\[(\\d+)\\] (.+)$");
    private static final Pattern V4L2_FORMAT = Pattern.compile("(Raw|Compressed)\\s*:\\s*(\\S+)\\s+:\\s(.*?)\\s+:(?=\\s|$)");
    private static final Pattern V4L2_DISCRETE_SIZE = Pattern.compile("(?<![\\w{,-])([1-9]\\d*)x([1-9]\\d*)(?!\\w)");
    private static final Pattern V4L2_STEPWISE_SIZE = Pattern.compile("\\{(\\d+)-(\\d+), ?\\d+\\}x\\{(\\d+)-(\\d+), ?\\d+\\}");
    /** Largest first; at equal size the compressed format first (it reaches the full frame rate over USB 2). */
    static final Comparator<CaptureDevice.Mode> BEST_FIRST = Comparator
            .comparingLong((CaptureDevice.Mode m) -> -(long) m.width() * m.height())
            .thenComparing(m -> -m.fps())
            .thenComparing(m -> m.pixelFormat().equals("mjpeg") ? 0 : 1)
            .thenComparing(CaptureDevice.Mode::pixelFormat);

    private DeviceListParser() {
    }

    /**
     * dshow {@code -list_devices true}: since FFmpeg 4.4 every device line ends in {@code (video)}, {@code (audio)},
     * {@code (audio, video)} or {@code (none)}; before that the devices stood under "DirectShow video devices" and
     * "DirectShow audio devices" headings. The "Alternative name" lines are skipped: FFmpeg opens by the name.
     */
    static List<CaptureDevice> parseDshowDevices(List<String> lines) {
        List<CaptureDevice> devices = new ArrayList<>();
        CaptureDevice.Kind section = null;
        for (String raw : lines) {
            String line = Grabbers.withoutPrefix(raw);
            if (line.startsWith("DirectShow video devices")) {
                section = CaptureDevice.Kind.CAMERA;
                continue;
            }
            if (line.startsWith("DirectShow audio devices")) {
                section = CaptureDevice.Kind.MICROPHONE;
                continue;
            }
            Matcher matcher = DSHOW_DEVICE.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            String name = matcher.group(1);
            String types = matcher.group(2);
            if (types == null) {
                if (section != null) {
                    devices.add(new CaptureDevice(name, name, section, List.of()));
                }
                continue;
            }
            if (types.contains("video")) {
                devices.add(new CaptureDevice(name, name, CaptureDevice.Kind.CAMERA, List.of()));
            }
            if (types.contains("audio")) {
                devices.add(new CaptureDevice(name, name, CaptureDevice.Kind.MICROPHONE, List.of()));
            }
        }
        return List.copyOf(devices);
    }

    /** dshow {@code -list_options true} of one camera: each line's largest size and highest frame rate. */
    static List<CaptureDevice.Mode> parseDshowOptions(List<String> lines) {
        Set<CaptureDevice.Mode> modes = new LinkedHashSet<>();
        for (String raw : lines) {
            Matcher matcher = DSHOW_MODE.matcher(raw);
            if (matcher.find()) {
                modes.add(new CaptureDevice.Mode(Integer.parseInt(matcher.group(5)), Integer.parseInt(matcher.group(6)),
                        Double.parseDouble(matcher.group(7)), matcher.group(1)));
            }
        }
        return modes.stream().sorted(BEST_FIRST).toList();
    }

    /**
     * avfoundation {@code -list_devices true}: "AVFoundation video devices:" then {@code [0] FaceTime HD Camera},
     * {@code [1] Capture screen 0}, then "AVFoundation audio devices:". Devices are named by their name, which FFmpeg
     * accepts and which survives plugging devices in and out (indices do not).
     */
    static List<CaptureDevice> parseAvfoundationDevices(List<String> lines) {
        List<CaptureDevice> devices = new ArrayList<>();
        boolean audioSection = false;
        boolean inSection = false;
        for (String raw : lines) {
            String line = Grabbers.withoutPrefix(raw);
            if (line.startsWith("AVFoundation video devices")) {
                audioSection = false;
                inSection = true;
                continue;
            }
            if (line.startsWith("AVFoundation audio devices")) {
                audioSection = true;
                inSection = true;
                continue;
            }
            Matcher matcher = AVFOUNDATION_DEVICE.matcher(line);
            if (!inSection || !matcher.matches()) {
                continue;
            }
            String name = matcher.group(2).strip();
            CaptureDevice.Kind kind = audioSection ? CaptureDevice.Kind.MICROPHONE
                    : name.startsWith("Capture screen") ? CaptureDevice.Kind.SCREEN : CaptureDevice.Kind.CAMERA;
            devices.add(new CaptureDevice(name, name, kind, List.of()));
        }
        return List.copyOf(devices);
    }

    /**
     * v4l2 {@code -list_formats all}: per format {@code Raw : yuyv422 : YUYV 4:2:2 : 640x480 1280x720} or
     * {@code Compressed: mjpeg : Motion-JPEG : 1920x1080 ...}; a stepwise range {@code {32-1920, 2}x{32-1080, 2}}
     * counts as its largest size. FFmpeg prints one format line in several log calls, so the fragments are joined
     * before reading. v4l2 does not print frame rates: {@link CaptureDevice.Mode#fps()} is 0 (unknown).
     */
    static List<CaptureDevice.Mode> parseV4l2Formats(List<String> fragments) {
        StringBuilder text = new StringBuilder();
        for (String fragment : fragments) {
            text.append(' ').append(Grabbers.withoutPrefix(fragment));
        }
        Matcher header = V4L2_FORMAT.matcher(text);
        List<int[]> headerSpans = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        while (header.find()) {
            headerSpans.add(new int[] {header.start(), header.end()});
            formats.add(header.group(2));
        }
        Set<CaptureDevice.Mode> modes = new LinkedHashSet<>();
        for (int i = 0; i < formats.size(); i++) {
            String format = formats.get(i);
            if (format.equals("Unsupported")) {
                continue;
            }
            int end = i + 1 < formats.size() ? headerSpans.get(i + 1)[0] : text.length();
            String sizes = text.substring(headerSpans.get(i)[1], end);
            Matcher stepwise = V4L2_STEPWISE_SIZE.matcher(sizes);
            while (stepwise.find()) {
                modes.add(new CaptureDevice.Mode(Integer.parseInt(stepwise.group(2)), Integer.parseInt(stepwise.group(4)), 0, format));
            }
            Matcher discrete = V4L2_DISCRETE_SIZE.matcher(stepwise.replaceAll(" "));
            while (discrete.find()) {
                modes.add(new CaptureDevice.Mode(Integer.parseInt(discrete.group(1)), Integer.parseInt(discrete.group(2)), 0, format));
            }
        }
        return modes.stream().sorted(BEST_FIRST).toList();
    }
}
