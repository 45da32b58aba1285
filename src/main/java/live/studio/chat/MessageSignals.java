package live.studio.chat;

import java.util.List;

/**
 * What the studio noticed in a message: whether it asks something, the viewer commands in it (attributed to
 * products), the keyword alerts it raises and the products it names.
 */
public record MessageSignals(boolean question, List<CountedCommand> commands, List<String> alerts, List<ProductRef> products) {
    public static final MessageSignals NONE = new MessageSignals(false, List.of(), List.of(), List.of());

    public MessageSignals {
        commands = List.copyOf(commands);
        alerts = List.copyOf(alerts);
        products = List.copyOf(products);
    }

    public boolean hasCommand(CommandKind kind) {
        return commands.stream().anyMatch(command -> command.kind() == kind);
    }
}
