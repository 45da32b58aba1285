package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceListParserTest {

    @Test
    void dshowDevicesOfCurrentFfmpegCarryTheirMediaType() {
        List<String> printed = List.of(
                "[dshow @ 000001f8b8d0e7c0] \"HD Pro Webcam C920\" (video)",
                "[dshow @ 000001f8b8d0e7c0]   Alternative name \"@device_pnp_\\\\?\\usb#vid_046d&pid_082d&mi_00#7&1d0f3f2&0&0000#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\\global\"",
                "[dshow @ 000001f8b8d0e7c0] \"OBS Virtual Camera\" (none)",
                "[dshow @ 000001f8b8d0e7c0]   Alternative name \"@device_sw_{860BB310-5D01-11D0-BD3B-00A0C911CE86}\\{A3FCE0F5-3493-419F-958A-ABA1250EC20B}\"",
                "[dshow @ 000001f8b8d0e7c0] \"Elgato Cam Link 4K\" (audio, video)",
                "[dshow @ 000001f8b8d0e7c0] \"Microphone (HD Pro Webcam C920)\" (audio)",
                "[dshow @ 000001f8b8d0e7c0]   Alternative name \"@device_cm_{33D9A762-90C8-11D0-BD43-00A0C911CE86}\\wave_{4A1E2A5B-1234-4C4D-9E2E-5A8B0C7D2F11}\"",
                "dummy: Immediate exit requested");

        List<CaptureDevice> devices = DeviceListParser.parseDshowDevices(printed);

        assertThat(devices).extracting(CaptureDevice::name, CaptureDevice::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HD Pro Webcam C920", CaptureDevice.Kind.CAMERA),
                org.assertj.core.groups.Tuple.tuple("Elgato Cam Link 4K", CaptureDevice.Kind.CAMERA),
                org.assertj.core.groups.Tuple.tuple("Elgato Cam Link 4K", CaptureDevice.Kind.MICROPHONE),
                org.assertj.core.groups.Tuple.tuple("Microphone (HD Pro Webcam C920)", CaptureDevice.Kind.MICROPHONE));
        assertThat(devices.getFirst().id()).isEqualTo("HD Pro Webcam C920");
    }

    @Test
    void dshowDevicesOfOlderFfmpegStandUnderSectionHeadings() {
        List<String> printed = List.of(
                "[dshow @ 0000020a8c3e9a40] DirectShow video devices (some may be both video and audio devices)",
                "[dshow @ 0000020a8c3e9a40]  \"Integrated Webcam\"",
                "[dshow @ 0000020a8c3e9a40]     Alternative name \"@device_pnp_\\\\?\\usb#vid_0bda&pid_5689\"",
                "[dshow @ 0000020a8c3e9a40] DirectShow audio devices",
                "[dshow @ 0000020a8c3e9a40]  \"Microphone Array (Realtek(R) Audio)\"",
                "[dshow @ 0000020a8c3e9a40]     Alternative name \"@device_cm_{33D9A762-90C8-11D0-BD43-00A0C911CE86}\\wave_{1}\"");

        assertThat(DeviceListParser.parseDshowDevices(printed))
                .extracting(CaptureDevice::toString, CaptureDevice::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Integrated Webcam", CaptureDevice.Kind.CAMERA),
                        org.assertj.core.groups.Tuple.tuple("Microphone Array (Realtek(R) Audio)", CaptureDevice.Kind.MICROPHONE));
    }

    @Test
    void dshowOptionsGiveEachFormatsLargestSizeAndFrameRateBestFirst() {
        List<String> printed = List.of(
                "[dshow @ 000002b1e5e0d5c0] DirectShow video device options (from video devices)",
                "[dshow @ 000002b1e5e0d5c0]  Pin \"Capture\" (alternative pin name \"0\")",
                "[dshow @ 000002b1e5e0d5c0]   pixel_format=yuyv422  min s=640x480 fps=5 max s=640x480 fps=30",
                "[dshow @ 000002b1e5e0d5c0]   pixel_format=yuyv422  min s=640x480 fps=5 max s=640x480 fps=30 (tv, bt470bg/bt709/unknown, topleft)",
                "[dshow @ 000002b1e5e0d5c0]   pixel_format=yuyv422  min s=1280x720 fps=5 max s=1280x720 fps=10",
                "[dshow @ 000002b1e5e0d5c0]   vcodec=mjpeg  min s=1280x720 fps=5 max s=1280x720 fps=30",
                "[dshow @ 000002b1e5e0d5c0]   vcodec=mjpeg  min s=1920x1080 fps=5 max s=1920x1080 fps=30",
                "video=HD Pro Webcam C920: Immediate exit requested");

        assertThat(DeviceListParser.parseDshowOptions(printed)).extracting(CaptureDevice.Mode::toString).containsExactly(
                "1920x1080@30 mjpeg", "1280x720@30 mjpeg", "1280x720@10 yuyv422", "640x480@30 yuyv422");
    }

    @Test
    void avfoundationDevicesSplitIntoCamerasScreensAndMicrophones() {
        List<String> printed = List.of(
                "[AVFoundation indev @ 0x7f8e4c704c40] AVFoundation video devices:",
                "[AVFoundation indev @ 0x7f8e4c704c40] [0] FaceTime HD Camera",
                "[AVFoundation indev @ 0x7f8e4c704c40] [1] OBS Virtual Camera",
                "[AVFoundation indev @ 0x7f8e4c704c40] [2] Capture screen 0",
                "[AVFoundation indev @ 0x7f8e4c704c40] [3] Capture screen 1",
                "[AVFoundation indev @ 0x7f8e4c704c40] AVFoundation audio devices:",
                "[AVFoundation indev @ 0x7f8e4c704c40] [0] MacBook Pro Microphone",
                "[AVFoundation indev @ 0x7f8e4c704c40] [1] ZoomAudioDevice",
                ": Input/output error");

        List<CaptureDevice> devices = DeviceListParser.parseAvfoundationDevices(printed);

        assertThat(devices).filteredOn(d -> d.kind() == CaptureDevice.Kind.CAMERA).extracting(CaptureDevice::id)
                .containsExactly("FaceTime HD Camera", "OBS Virtual Camera");
        assertThat(devices).filteredOn(d -> d.kind() == CaptureDevice.Kind.SCREEN).extracting(CaptureDevice::id)
                .containsExactly("Capture screen 0", "Capture screen 1");
        assertThat(devices).filteredOn(d -> d.kind() == CaptureDevice.Kind.MICROPHONE).extracting(CaptureDevice::id)
                .containsExactly("MacBook Pro Microphone", "ZoomAudioDevice");
    }

    @Test
    void v4l2FormatsAreReadEvenWhenFfmpegPrintsALineInFragments() {
        // As the log callback delivers it: the prefix only at a line's start, sizes in separate calls.
        List<String> printed = List.of(
                "[video4linux2,v4l2 @ 0x55d5c8a4e2c0] Compressed:       mjpeg :          Motion-JPEG :",
                " 1920x1080", " 1280x720", " 640x480",
                "[video4linux2,v4l2 @ 0x55d5c8a4e2c0] Raw       :     yuyv422 :           YUYV 4:2:2 :",
                " 640x480", " 1280x720", " 320x240",
                "[video4linux2,v4l2 @ 0x55d5c8a4e2c0] Raw       :        nv12 :       Y/CbCr 4:2:0 : Emulated :",
                " {32-1280, 2}x{32-720, 2}",
                "[video4linux2,v4l2 @ 0x55d5c8a4e2c0] Raw       : Unsupported :            Y10B :", " 640x480",
                "/dev/video0: Immediate exit requested");

        assertThat(DeviceListParser.parseV4l2Formats(printed)).extracting(CaptureDevice.Mode::toString).containsExactly(
                "1920x1080@0 mjpeg", "1280x720@0 mjpeg", "1280x720@0 nv12", "1280x720@0 yuyv422",
                "640x480@0 mjpeg", "640x480@0 yuyv422", "320x240@0 yuyv422");
    }

    @Test
    void v4l2FormatsReadAsWholeLinesToo() {
        List<String> printed = List.of(
                "Raw       :     yuyv422 :           YUYV 4:2:2 : 640x480 160x120",
                "Compressed:       mjpeg :          Motion-JPEG : 1280x720 640x480");

        assertThat(DeviceListParser.parseV4l2Formats(printed)).extracting(CaptureDevice.Mode::toString).containsExactly(
                "1280x720@0 mjpeg", "640x480@0 mjpeg", "640x480@0 yuyv422", "160x120@0 yuyv422");
    }

    @Test
    void mjpegIsChosenForHighDefinitionWhenTheCameraOffersItAtThatSize() {
        List<CaptureDevice.Mode> modes = List.of(new CaptureDevice.Mode(1280, 720, 0, "mjpeg"),
                new CaptureDevice.Mode(1280, 720, 0, "yuyv422"), new CaptureDevice.Mode(640, 480, 0, "yuyv422"));

        assertThat(CameraSource.chooseInputFormat(modes, new PictureSize(1280, 720))).contains("mjpeg");
        assertThat(CameraSource.chooseInputFormat(modes, new PictureSize(640, 480))).isEmpty();
        assertThat(CameraSource.chooseInputFormat(modes, new PictureSize(1920, 1080))).isEmpty();
    }
}
