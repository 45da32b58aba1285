package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import live.studio.media.MediaClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cameras and microphones as this machine has them: none, so the messages must say so and what to do. */
class DeviceSourcesTest {
    @TempDir
    Path directory;

    private DeviceDiscovery linuxWithoutCameras() throws Exception {
        return new DeviceDiscovery(OperatingSystem.LINUX, Files.createDirectories(directory.resolve("video4linux")),
                directory.resolve("no-x"));
    }

    /** A sysfs tree as a UVC webcam leaves it: a picture node and a metadata node of the same name. */
    private DeviceDiscovery linuxWithWebcam() throws Exception {
        Path root = Files.createDirectories(directory.resolve("sys-video4linux"));
        for (int node = 0; node < 2; node++) {
            Path video = Files.createDirectories(root.resolve("video" + node));
            Files.writeString(video.resolve("name"), "HD Pro Webcam C920\n");
            Files.writeString(video.resolve("index"), node + "\n");
        }
        return new DeviceDiscovery(OperatingSystem.LINUX, root, directory.resolve("no-x"));
    }

    @Test
    void missingCameraNamesTheZeroCamerasOfThisMachine() throws Exception {
        CameraSource camera = new CameraSource(Optional.of("/dev/video9"), 30, OperatingSystem.LINUX, linuxWithoutCameras());

        assertThatThrownBy(() -> camera.start(MediaClock.start(), 1280, 720))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("camera '/dev/video9' not found; cameras on this machine: none.")
                .hasMessageContaining("Connect a camera");
    }

    @Test
    void missingCameraNamesTheCamerasThatDoExist() throws Exception {
        CameraSource camera = new CameraSource(Optional.of("/dev/video9"), 30, OperatingSystem.LINUX, linuxWithWebcam());

        assertThatThrownBy(() -> camera.start(MediaClock.start(), 1280, 720))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("camera '/dev/video9' not found; cameras on this machine: HD Pro Webcam C920 (/dev/video0).")
                .hasMessageContaining("Pick one of those with --video camera:DEVICE");
    }

    @Test
    void defaultCameraOnAMachineWithoutCamerasIsReported() throws Exception {
        CameraSource camera = new CameraSource(Optional.empty(), 30, OperatingSystem.LINUX, linuxWithoutCameras());

        assertThatThrownBy(() -> camera.start(MediaClock.start(), 1280, 720))
                .hasMessageStartingWith("camera '/dev/video0' not found; cameras on this machine: none.");
    }

    @Test
    void cameraAskedForByAnUnknownNameIsReported() throws Exception {
        CameraSource camera = new CameraSource(Optional.of("Logitech Brio"), 30, OperatingSystem.LINUX, linuxWithWebcam());

        assertThatThrownBy(() -> camera.start(MediaClock.start(), 1280, 720))
                .hasMessageStartingWith("camera 'Logitech Brio' not found; cameras on this machine: HD Pro Webcam C920 (/dev/video0).");
    }

    @Test
    void discoveryListsOnlyThePictureNodeOfAWebcam() throws Exception {
        List<CaptureDevice> cameras = linuxWithWebcam().cameras();

        assertThat(cameras).extracting(CaptureDevice::id, CaptureDevice::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/dev/video0", "HD Pro Webcam C920"));
    }

    @Test
    void discoveryFindsXDisplaysByTheirSockets() throws Exception {
        Path sockets = Files.createDirectories(directory.resolve("x11-unix"));
        Files.createFile(sockets.resolve("X0"));
        Files.createFile(sockets.resolve("X12"));
        DeviceDiscovery discovery = new DeviceDiscovery(OperatingSystem.LINUX, directory.resolve("none"), sockets);

        assertThat(discovery.screens()).extracting(CaptureDevice::id).contains(":0", ":12");
    }

    @Test
    void discoveryOfThisMachineNeverThrowsEvenWithoutSoundServerOrCamera() {
        DeviceDiscovery discovery = new DeviceDiscovery();

        List<CaptureDevice> microphones = discovery.microphones();
        List<CaptureDevice> all = discovery.all();

        assertThat(microphones).allMatch(d -> d.kind() == CaptureDevice.Kind.MICROPHONE);
        assertThat(all).containsAll(microphones);
    }

    @Test
    void microphoneThatCannotOpenNamesTheMicrophonesThatExist() throws Exception {
        TestMedia.assumeFfmpegDevicesLoad();
        MicrophoneSource microphone = new MicrophoneSource(Optional.of("no-such-microphone"), OperatingSystem.LINUX,
                linuxWithoutCameras());

        assertThatThrownBy(() -> microphone.start(MediaClock.start()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("microphone 'no-such-microphone' ")
                .hasMessageContaining("; microphones on this machine: ")
                .hasMessageMatching("(?s).*(Pick one of those|Connect a microphone).*");
    }
}
