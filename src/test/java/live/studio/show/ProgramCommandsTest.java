package live.studio.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import live.studio.catalog.Catalog;
import live.studio.compose.Layout;
import org.junit.jupiter.api.Test;

/** stream.*, record.* and layout.set go to the studio's {@link ProgramActions}; without one they are refused. */
class ProgramCommandsTest {

    /** Writes down what it was asked; refuses going live the way a studio without destinations does. */
    private static final class Program implements ProgramActions {
        final List<String> calls = new CopyOnWriteArrayList<>();
        boolean hasDestinations = true;

        @Override
        public void startStreaming() throws CommandException {
            if (!hasDestinations) {
                throw new CommandException("command", "no destination to stream to");
            }
            calls.add("startStreaming");
        }

        @Override
        public void stopStreaming() {
            calls.add("stopStreaming");
        }

        @Override
        public void startRecording() {
            calls.add("startRecording");
        }

        @Override
        public void stopRecording() {
            calls.add("stopRecording");
        }

        @Override
        public void setLayout(Layout layout) {
            calls.add("setLayout " + layout);
        }
    }

    private final ShowController controller = new ShowController(Catalog.empty(), new ShowControllerTest.ManualTime());
    private final List<ShowEvent> events = new CopyOnWriteArrayList<>();

    {
        controller.subscribe(events::add);
    }

    private void run(String name, Map<String, ?> arguments) throws CommandException {
        controller.execute(ShowCommands.parse(name, arguments), CommandSource.API);
    }

    @Test
    void withoutProgramActionsTheyAreRefusedAndNothingIsPublished() {
        for (String name : List.of("stream.start", "stream.stop", "record.start", "record.stop")) {
            assertThatThrownBy(() -> run(name, Map.of())).isInstanceOfSatisfying(CommandException.class, e -> {
                assertThat(e.field()).isEqualTo("command");
                assertThat(e.getMessage()).startsWith("not available in this studio");
            });
        }
        assertThatThrownBy(() -> run("layout.set", Map.of("layout", "sideBySide")))
                .hasMessageStartingWith("not available in this studio");
        assertThat(events).isEmpty();
    }

    @Test
    void eachCommandCallsItsActionAndPublishesCommandExecuted() throws CommandException {
        Program program = new Program();
        controller.setProgramActions(program);
        run("stream.start", Map.of());
        run("record.start", Map.of());
        run("layout.set", Map.of("layout", "sideBySide"));
        run("record.stop", Map.of());
        run("stream.stop", Map.of());
        assertThat(program.calls).containsExactly("startStreaming", "startRecording", "setLayout SIDE_BY_SIDE",
                "stopRecording", "stopStreaming");
        assertThat(events).allSatisfy(event -> assertThat(event).isInstanceOf(ShowEvent.CommandExecuted.class));
        assertThat(events).extracting(event -> ((ShowEvent.CommandExecuted) event).command().name())
                .containsExactly("stream.start", "record.start", "layout.set", "record.stop", "stream.stop");
    }

    @Test
    void aRefusalFromTheProgramKeepsItsFieldAndPublishesNothing() {
        Program program = new Program();
        program.hasDestinations = false;
        controller.setProgramActions(program);
        assertThatThrownBy(() -> run("stream.start", Map.of())).hasMessage("no destination to stream to");
        assertThat(events).isEmpty();
    }
}
