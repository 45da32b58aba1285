package live.studio.show.runsheet;

import java.util.Objects;
import live.studio.show.ShowCommand;

/**
 * An action planned inside a segment: a show-controller command (the same the window, the shortcuts and the API send),
 * fired at an offset from the segment's start or when the operator says "go".
 *
 * @param id      unique in the run-sheet; a cue fires at most once per run of its segment
 * @param label   what the host and producer see ("Flash sale 3 min"); may be empty
 */
public record Cue(String id, String label, CueTrigger trigger, ShowCommand command) {
    public Cue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(command, "command");
    }
}
