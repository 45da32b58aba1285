package live.studio.ui.runsheet;

import java.util.Map;
import java.util.Objects;

/**
 * A cue as the producer fills it in: the trigger as typed ({@code go} or an offset like {@code 1:30}), a command name
 * of the show controller, its arguments as typed (blank ones left out) and a label.
 */
public record CueDraft(String trigger, String command, Map<String, String> arguments, String label) {
    public CueDraft {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(label, "label");
        arguments = Map.copyOf(arguments);
    }
}
