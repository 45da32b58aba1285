package live.studio.capture;

import java.nio.file.Path;
import java.util.Optional;

/** What {@code --video} names: {@code test | camera[:DEVICE] | screen[:DISPLAY] | file:PATH | image:PATH}. */
public sealed interface VideoSourceSpec {

    record TestPattern() implements VideoSourceSpec {
        @Override
        public String toString() {
            return "test";
        }
    }

    /** @param device empty for the system's default (first) camera */
    record Camera(Optional<String> device) implements VideoSourceSpec {
        @Override
        public String toString() {
            return device.map(d -> "camera:" + d).orElse("camera");
        }
    }

    /** @param display empty for the main screen; on Linux an X display such as {@code :0.0+0,0} */
    record Screen(Optional<String> display) implements VideoSourceSpec {
        @Override
        public String toString() {
            return display.map(d -> "screen:" + d).orElse("screen");
        }
    }

    /** A media file played in a loop. */
    record MediaFile(Path path) implements VideoSourceSpec {
        @Override
        public String toString() {
            return "file:" + path;
        }
    }

    record StillImage(Path path) implements VideoSourceSpec {
        @Override
        public String toString() {
            return "image:" + path;
        }
    }

    static VideoSourceSpec parse(String text) {
        String value = text.strip();
        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String argument = colon < 0 ? "" : value.substring(colon + 1);
        return switch (kind) {
            case "test" -> {
                if (!argument.isEmpty()) {
                    throw new IllegalArgumentException("video source 'test' takes no argument, got '" + value + "'");
                }
                yield new TestPattern();
            }
            case "camera" -> new Camera(argument.isEmpty() ? Optional.empty() : Optional.of(argument));
            case "screen" -> new Screen(argument.isEmpty() ? Optional.empty() : Optional.of(argument));
            case "file" -> new MediaFile(requirePath(value, argument));
            case "image" -> new StillImage(requirePath(value, argument));
            default -> throw new IllegalArgumentException("unknown video source '" + value
                    + "': use test, camera[:DEVICE], screen[:DISPLAY], file:PATH or image:PATH");
        };
    }

    private static Path requirePath(String value, String argument) {
        if (argument.isBlank()) {
            throw new IllegalArgumentException("video source '" + value + "' needs a path, e.g. file:/home/me/demo.mp4");
        }
        return Path.of(argument);
    }
}
