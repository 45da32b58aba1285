package live.studio.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.CaptureDevice;
import live.studio.capture.VideoSourceSpec;
import live.studio.ui.common.FileKind;

/** What the pickers offer, from the devices the system reports (none known yet: only the built-in choices). */
public final class SourceChoices {
    private static final live.studio.ui.common.Messages TEXT = live.studio.ui.common.Messages.of(SourceChoices.class);
    public static final SourceChoice.Ready<VideoSourceSpec> TEST_PATTERN = new SourceChoice.Ready<>("Test pattern", new VideoSourceSpec.TestPattern());
    public static final SourceChoice.Ready<VideoSourceSpec> NO_VIDEO = new SourceChoice.Ready<>("None", null);
    public static final SourceChoice.Ready<AudioSourceSpec> TEST_TONE = new SourceChoice.Ready<>("Test tone", new AudioSourceSpec.TestTone());
    public static final SourceChoice.Ready<AudioSourceSpec> NO_AUDIO = new SourceChoice.Ready<>("No audio", new AudioSourceSpec.None());
    public static final SourceChoice.AskForFile<VideoSourceSpec> MEDIA_FILE =
            new SourceChoice.AskForFile<>("Media file…", FileKind.MEDIA, "File: ", VideoSourceSpec.MediaFile::new);
    public static final SourceChoice.AskForFile<VideoSourceSpec> IMAGE_FILE =
            new SourceChoice.AskForFile<>("Image…", FileKind.IMAGE, "Image: ", VideoSourceSpec.StillImage::new);

    private SourceChoices() {
    }

    /** A choice's name in the window's language (the built-in ones are constants, named in English in code). */
    public static String displayName(SourceChoice<?> choice) {
        if (choice == null) {
            return "";
        }
        if (choice == TEST_PATTERN) {
            return TEXT.text("source.test-pattern");
        } else if (choice == NO_VIDEO) {
            return TEXT.text("source.none");
        } else if (choice == TEST_TONE) {
            return TEXT.text("source.test-tone");
        } else if (choice == NO_AUDIO) {
            return TEXT.text("source.no-audio");
        } else if (choice == MEDIA_FILE) {
            return TEXT.text("source.media-file");
        } else if (choice == IMAGE_FILE) {
            return TEXT.text("source.image-file");
        }
        return choice.label();
    }

    public static List<SourceChoice<VideoSourceSpec>> video(VideoSlot slot, List<CaptureDevice> devices) {
        List<SourceChoice<VideoSourceSpec>> choices = new ArrayList<>();
        if (slot == VideoSlot.SECOND) {
            choices.add(NO_VIDEO);
        }
        choices.add(TEST_PATTERN);
        for (CaptureDevice device : devices) {
            if (device.kind() == CaptureDevice.Kind.CAMERA) {
                choices.add(new SourceChoice.Ready<>(TEXT.text("source.camera", device.name()), new VideoSourceSpec.Camera(Optional.of(device.id()))));
            }
        }
        List<CaptureDevice> screens = devices.stream().filter(device -> device.kind() == CaptureDevice.Kind.SCREEN).toList();
        if (screens.isEmpty()) {
            // Screen capture needs no discovery: the main screen is always there to try.
            choices.add(new SourceChoice.Ready<>(TEXT.text("source.screen"), new VideoSourceSpec.Screen(Optional.empty())));
        }
        for (CaptureDevice screen : screens) {
            choices.add(new SourceChoice.Ready<>(TEXT.text("source.screen-named", screen.name()), new VideoSourceSpec.Screen(Optional.of(screen.id()))));
        }
        choices.add(MEDIA_FILE);
        choices.add(IMAGE_FILE);
        return choices;
    }

    public static List<SourceChoice<AudioSourceSpec>> audio(List<CaptureDevice> devices) {
        List<SourceChoice<AudioSourceSpec>> choices = new ArrayList<>();
        choices.add(TEST_TONE);
        for (CaptureDevice device : devices) {
            if (device.kind() == CaptureDevice.Kind.MICROPHONE) {
                choices.add(new SourceChoice.Ready<>(TEXT.text("source.microphone", device.name()), new AudioSourceSpec.Microphone(Optional.of(device.id()))));
            }
        }
        choices.add(NO_AUDIO);
        return choices;
    }
}
