package live.studio.capture;

import java.nio.file.Path;
import java.util.Optional;

/** What {@code --audio} names: {@code test | mic[:DEVICE] | none}; a media file's sound comes with file:PATH. */
public sealed interface AudioSourceSpec {

    record TestTone() implements AudioSourceSpec {
        @Override
        public String toString() {
            return "test";
        }
    }

    /** @param device empty for the system's default input */
    record Microphone(Optional<String> device) implements AudioSourceSpec {
        @Override
        public String toString() {
            return device.map(d -> "mic:" + d).orElse("mic");
        }
    }

    /** The sound track of a media file, played in a loop. */
    record MediaFile(Path path) implements AudioSourceSpec {
        @Override
        public String toString() {
            return "file:" + path;
        }
    }

    record None() implements AudioSourceSpec {
        @Override
        public String toString() {
            return "none";
        }
    }

    static AudioSourceSpec parse(String text) {
        String value = text.strip();
        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String argument = colon < 0 ? "" : value.substring(colon + 1);
        return switch (kind) {
            case "test" -> new TestTone();
            case "none" -> new None();
            case "mic" -> new Microphone(argument.isEmpty() ? Optional.empty() : Optional.of(argument));
            case "file" -> {
                if (argument.isBlank()) {
                    throw new IllegalArgumentException("audio source '" + value + "' needs a path, e.g. file:/home/me/music.mp3");
                }
                yield new MediaFile(Path.of(argument));
            }
            default -> throw new IllegalArgumentException("unknown audio source '" + value + "': use test, mic[:DEVICE] or none");
        };
    }
}
