package live.studio.show;

import java.util.List;

/** A command's name, what it does and its arguments. */
public record CommandSpec(String name, String description, List<ArgumentSpec> arguments) {
    public CommandSpec {
        arguments = List.copyOf(arguments);
    }
}
