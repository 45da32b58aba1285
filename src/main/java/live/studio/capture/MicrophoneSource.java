package live.studio.capture;

import java.util.List;
import java.util.Optional;
import live.studio.media.AudioFormat;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * A microphone: PulseAudio (also PipeWire's pulse server) or ALSA on Linux, dshow on Windows, avfoundation on macOS.
 * Each chunk is placed on the program's sample clock by a {@link SampleClockAnchor}. Gain and mute are the mixer's.
 *
 * <p>Device names: on Linux a pulse source name (e.g. {@code alsa_input.usb-046d_HD_Pro_Webcam_C920-02.analog-stereo}),
 * or {@code alsa:} and an ALSA name ({@code alsa:hw:1,0}); on Windows the dshow name; on macOS a name or an index.
 */
public final class MicrophoneSource extends GrabberAudioSource {
    static final String ALSA_PREFIX = DeviceDiscovery.ALSA_DEVICE_PREFIX;

    private final OperatingSystem operatingSystem;
    private final Optional<String> requestedDevice;
    private final DeviceDiscovery discovery;
    private final SampleClockAnchor anchor = new SampleClockAnchor(); // capture-thread state
    private volatile long reanchorCount;
    private volatile String openedDevice;
    private FFmpegFrameGrabber opened; // hand-over from tryOpen to open, same thread

    /** @param device empty for the system's default input */
    public MicrophoneSource(Optional<String> device) {
        this(device, OperatingSystem.current(), new DeviceDiscovery());
    }

    MicrophoneSource(Optional<String> device, OperatingSystem operatingSystem, DeviceDiscovery discovery) {
        super("capture-mic");
        this.operatingSystem = operatingSystem;
        this.requestedDevice = device.filter(d -> !d.isBlank());
        this.discovery = discovery;
        this.openedDevice = requestedDevice.orElse("default");
    }

    @Override
    public String description() {
        return "Microphone: " + openedDevice;
    }

    /** How often the device drifted more than 100 ms from the program clock and was placed afresh. */
    public long reanchorCount() {
        return reanchorCount;
    }

    @Override
    protected FFmpegFrameGrabber open() throws SourceException {
        String device = requestedDevice.orElse("");
        Grabbers.StartFailure failure = switch (operatingSystem) {
            case LINUX -> {
                if (device.startsWith(ALSA_PREFIX)) {
                    yield tryOpen("alsa", device.substring(ALSA_PREFIX.length()), device);
                }
                Grabbers.StartFailure pulse = tryOpen("pulse", device.isEmpty() ? "default" : device, device);
                // Without a pulse server (a bare ALSA system) the default input is ALSA's.
                yield pulse != null && device.isEmpty() ? tryOpen("alsa", "default", ALSA_PREFIX + "default") : pulse;
            }
            case WINDOWS -> {
                String name = device.isEmpty() ? firstMicrophone() : device;
                yield tryOpen("dshow", "audio=" + name, name);
            }
            case MACOS -> tryOpen("avfoundation", ":" + (device.isEmpty() ? "default" : device), device);
        };
        if (failure != null) {
            List<CaptureDevice> microphones = discovery.microphones();
            String asked = device.isEmpty() ? "(default)" : device;
            String problem = failure.busy() ? "is busy: another program is using it; close that program"
                    : "could not be opened (FFmpeg: " + failure.reason() + ")";
            throw new SourceException("microphone '" + asked + "' " + problem + "; microphones on this machine: "
                    + DeviceDiscovery.describe(microphones) + ". "
                    + (microphones.isEmpty()
                            ? "Connect a microphone (on Linux check that PulseAudio or PipeWire runs), or use --audio test or none"
                            : "Pick one of those with --audio mic:DEVICE"), failure.cause());
        }
        return opened;
    }

    private Grabbers.StartFailure tryOpen(String format, String input, String shownAs) throws SourceException {
        FFmpegFrameGrabber grabber = FfmpegDevices.newGrabber(description(), input);
        grabber.setFormat(format);
        configureForProgramFormat(grabber);
        Grabbers.StartFailure failure = Grabbers.start(grabber);
        if (failure == null) {
            opened = grabber;
            openedDevice = shownAs.isEmpty() ? format + " default" : shownAs;
        }
        return failure;
    }

    private String firstMicrophone() throws SourceException {
        List<CaptureDevice> microphones = discovery.microphones();
        if (microphones.isEmpty()) {
            throw new SourceException("microphone '(default)' not found; microphones on this machine: none. "
                    + "Connect a microphone, or use --audio test or none");
        }
        return microphones.getFirst().id();
    }

    @Override
    protected long placeChunk(int sampleCount) {
        long first = anchor.place(sampleCount, AudioFormat.sampleAtOrAfter(clock.elapsedNanos()));
        reanchorCount = anchor.reanchorCount();
        return first;
    }

    @Override
    protected void reopened() {
        anchor.reset();
    }
}
