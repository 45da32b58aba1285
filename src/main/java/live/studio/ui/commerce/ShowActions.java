package live.studio.ui.commerce;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.ShowController;
import live.studio.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the window's controls and shortcuts act on the show: every action is a {@link ShowCommand} sent to the show
 * controller, exactly as the API or a cue sends it. A refusal comes back as a sentence for the operator, shown next to
 * the control; nothing here throws. Commands run in microseconds under the controller's lock, so calling from the FX
 * thread is fine.
 */
public final class ShowActions {
    private static final Messages TEXT = Messages.of(ShowActions.class);
    private static final Logger LOG = LoggerFactory.getLogger(ShowActions.class);

    private final ShowController controller;

    public ShowActions(ShowController controller) {
        this.controller = Objects.requireNonNull(controller);
    }

    public ShowController controller() {
        return controller;
    }

    /** Runs {@code command}; empty when it ran, else why it was refused. */
    public Optional<String> send(ShowCommand command, CommandSource source) {
        try {
            controller.execute(command, source);
            return Optional.empty();
        } catch (CommandException refused) {
            return Optional.of(describe(refused));
        } catch (RuntimeException bug) {
            // A fault in the controller must not take the window with it: the operator sees it, the log keeps it.
            LOG.error("The show controller failed on {}", command.name(), bug);
            return Optional.of(TEXT.text("command.failed", command.name(), bug.getMessage()));
        }
    }

    /**
     * Parses {@code name} with {@code arguments} the way the API does (the same checks, the same messages naming the
     * field) and runs it.
     */
    public Optional<String> send(String name, Map<String, ?> arguments, CommandSource source) {
        ShowCommand command;
        try {
            command = ShowCommands.parse(name, arguments);
        } catch (CommandException refused) {
            return Optional.of(describe(refused));
        }
        return send(command, source);
    }

    /** "until: 21:30 has already passed today", or just the sentence when the whole command is at fault. */
    static String describe(CommandException refused) {
        String message = refused.getMessage();
        if (refused.field().equals("command")) {
            return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        }
        return refused.field() + ": " + message;
    }
}
