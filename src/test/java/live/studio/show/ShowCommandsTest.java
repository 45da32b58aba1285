package live.studio.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import live.studio.compose.Layout;
import org.junit.jupiter.api.Test;

class ShowCommandsTest {

    private static final List<ShowCommand> ONE_OF_EACH = List.of(
            new ShowCommand.ShowProduct("#12"),
            new ShowCommand.ShowNextProduct(),
            new ShowCommand.HideProduct(),
            new ShowCommand.StartCountdown(Optional.of(Duration.ofSeconds(180)), Optional.empty(), "Flash sale",
                    EndAction.REVEAL_PROMO, Optional.of("LIVE20")),
            new ShowCommand.StartCountdown(Optional.empty(), Optional.of(LocalTime.of(21, 30)), "", EndAction.HIDE,
                    Optional.empty()),
            new ShowCommand.AdjustCountdown(Duration.ofSeconds(-30)),
            new ShowCommand.StopCountdown(),
            new ShowCommand.ShowPromo("LIVE20"),
            new ShowCommand.HidePromo(),
            new ShowCommand.ShowLowerThird("Camille Laurent", "Host"),
            new ShowCommand.HideLowerThird(),
            new ShowCommand.ShowBanner("Free shipping tonight"),
            new ShowCommand.HideBanner(),
            new ShowCommand.PinComment("marie_92", "Does it come in 38?", "twitch"),
            new ShowCommand.PinChatMessage(42),
            new ShowCommand.UnpinComment(),
            new ShowCommand.SetStock("sneaker-aero", 3),
            new ShowCommand.ShowStock("sneaker-aero"),
            new ShowCommand.HideStock(),
            new ShowCommand.HideAll(),
            new ShowCommand.StartStream(),
            new ShowCommand.StopStream(),
            new ShowCommand.StartRecording(),
            new ShowCommand.StopRecording(),
            new ShowCommand.SetLayout(Layout.SIDE_BY_SIDE),
            new ShowCommand.PinNextQuestion(),
            new ShowCommand.StartRunSheet(RunMode.REHEARSAL),
            new ShowCommand.StopRunSheet(),
            new ShowCommand.GoCue(),
            new ShowCommand.SkipCue(Optional.of("baskets-fiche")),
            new ShowCommand.NextSegment(),
            new ShowCommand.PreviousSegment(),
            new ShowCommand.GoToSegment("questions"),
            new ShowCommand.HoldShow(),
            new ShowCommand.ResumeShow());

    @Test
    void everyCommandIsListedAndRoundTripsThroughItsArguments() throws CommandException {
        assertThat(ONE_OF_EACH.stream().map(ShowCommand::name).distinct())
                .containsExactlyInAnyOrderElementsOf(ShowCommands.names());
        for (ShowCommand command : ONE_OF_EACH) {
            assertThat(ShowCommands.parse(command.name(), ShowCommands.argumentsOf(command))).isEqualTo(command);
        }
    }

    @Test
    void parsesJsonShapedArguments() throws CommandException {
        ShowCommand command = ShowCommands.parse("countdown.start", Map.of("seconds", 90, "endAction", "nextProduct"));
        assertThat(command).isEqualTo(new ShowCommand.StartCountdown(Optional.of(Duration.ofSeconds(90)),
                Optional.empty(), "", EndAction.NEXT_PRODUCT, Optional.empty()));
        assertThat(ShowCommands.parse("stock.set", Map.of("product", "mug", "stock", "7")))
                .isEqualTo(new ShowCommand.SetStock("mug", 7));
        assertThat(ShowCommands.parse("countdown.start", Map.of("until", "9:05")))
                .isEqualTo(new ShowCommand.StartCountdown(Optional.empty(), Optional.of(LocalTime.of(9, 5)), "",
                        EndAction.HIDE, Optional.empty()));
    }

    @Test
    void unknownCommandNamesTheCommandField() {
        assertThatThrownBy(() -> ShowCommands.parse("product.shoe", Map.of()))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("command");
                    assertThat(e.getMessage()).contains("unknown command \"product.shoe\"").contains("product.show");
                });
    }

    @Test
    void mistakesNameTheirField() {
        assertField("product.show", Map.of(), "product", "missing");
        assertField("product.show", Map.of("product", 12), "product", "must be a string");
        assertField("product.show", Map.of("product", "x", "colour", "red"), "colour", "unknown argument");
        assertField("product.hide", Map.of("now", true), "now", "takes none");
        assertField("stock.set", Map.of("product", "x", "stock", -1), "stock", "must be 0 to 1000000");
        assertField("stock.set", Map.of("product", "x", "stock", 2.5), "stock", "whole number");
        assertField("stock.set", Map.of("product", "x", "stock", "many"), "stock", "whole number");
        assertField("countdown.start", Map.of(), "seconds", "either seconds or until");
        assertField("countdown.start", Map.of("seconds", 10, "until", "21:00"), "until", "not both");
        assertField("countdown.start", Map.of("until", "25:99"), "until", "not a time of day");
        assertField("countdown.start", Map.of("until", "tonight"), "until", "time of day like");
        assertField("countdown.start", Map.of("seconds", 10, "endAction", "explode"), "endAction", "is not one of");
        assertField("countdown.start", Map.of("seconds", 10, "endAction", "revealPromo"), "promo", "needs the promo");
        assertField("banner.show", Map.of("text", "x".repeat(ShowCommands.MAX_TEXT_LENGTH + 1)), "text", "at most");
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("code", null);
        assertField("promo.show", nullValue, "code", "missing");
    }

    private static void assertField(String name, Map<String, ?> arguments, String field, String messagePart) {
        assertThatThrownBy(() -> ShowCommands.parse(name, arguments))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.field()).as(name + " " + arguments.keySet()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    @Test
    void specsDescribeEveryArgument() {
        assertThat(ShowCommands.specs()).allSatisfy(spec -> {
            assertThat(spec.description()).isNotBlank();
            assertThat(spec.arguments()).allSatisfy(argument -> assertThat(argument.description()).isNotBlank());
        });
        assertThat(ShowCommands.spec("countdown.start").orElseThrow().arguments())
                .anySatisfy(argument -> assertThat(argument.choices()).containsExactly("hide", "nextProduct", "revealPromo"));
    }

    @Test
    void layoutsGoByTheirCommandNamesAndAWrongOneNamesTheField() throws CommandException {
        assertThat(ShowCommands.parse("layout.set", Map.of("layout", "pictureInPicture")))
                .isEqualTo(new ShowCommand.SetLayout(Layout.PICTURE_IN_PICTURE));
        assertThat(ShowCommands.spec("layout.set").orElseThrow().arguments().getFirst().choices())
                .containsExactly("fullFrame", "pictureInPicture", "sideBySide");
        assertField("layout.set", Map.of("layout", "grid"), "layout", "is not one of fullFrame, pictureInPicture, sideBySide");
        assertField("layout.set", Map.of(), "layout", "missing");
        assertField("stream.start", Map.of("url", "rtmp://elsewhere/live/key"), "url", "takes none");
        assertField("record.start", Map.of("path", "/etc/passwd"), "path", "takes none");
    }
}
