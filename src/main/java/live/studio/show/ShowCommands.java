package live.studio.show;

import static live.studio.show.ArgumentSpec.Requirement.OPTIONAL;
import static live.studio.show.ArgumentSpec.Requirement.REQUIRED;
import static live.studio.show.ArgumentSpec.choice;
import static live.studio.show.ArgumentSpec.optional;
import static live.studio.show.ArgumentSpec.required;
import static live.studio.show.ArgumentType.INTEGER;
import static live.studio.show.ArgumentType.TEXT;
import static live.studio.show.ArgumentType.TIME_OF_DAY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import live.studio.compose.Layout;

/**
 * The commands the show controller understands, each with its arguments, and the one parser from a name and JSON-like
 * arguments to a {@link ShowCommand}. Every mistake names its field: unknown command, unknown or missing argument,
 * wrong type, value out of range.
 */
public final class ShowCommands {
    /** Longest text argument accepted; graphics bound what they draw far below this anyway. */
    public static final int MAX_TEXT_LENGTH = 2_000;
    private static final int MAX_COUNTDOWN_SECONDS = 24 * 60 * 60;
    private static final int MAX_STOCK = 1_000_000;
    private static final Pattern TIME_OF_DAY_PATTERN = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

    /** Layouts by the names commands use, in the order the window lists them. */
    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();
    private static final List<String> LAYOUT_NAMES;
    private static final List<String> RUN_MODES = java.util.Arrays.stream(RunMode.values())
            .map(RunMode::commandName).toList();

    static {
        LAYOUTS.put("fullFrame", Layout.FULL_FRAME);
        LAYOUTS.put("pictureInPicture", Layout.PICTURE_IN_PICTURE);
        LAYOUTS.put("sideBySide", Layout.SIDE_BY_SIDE);
        LAYOUT_NAMES = List.copyOf(LAYOUTS.keySet());
    }

    private record Entry(CommandSpec spec, Function<Arguments, ShowCommand> parser) {
    }

    private static final Map<String, Entry> COMMANDS = new LinkedHashMap<>();

    static {
        ArgumentSpec product = required("product", TEXT, "product id or short code, e.g. \"sneaker-aero\" or \"#12\"");
        add("product.show", "Shows a product's card.", List.of(product),
                arguments -> new ShowCommand.ShowProduct(arguments.text("product")));
        add("product.next", "Shows the next product's card, in catalog order.", List.of(),
                arguments -> new ShowCommand.ShowNextProduct());
        add("product.hide", "Hides the product card.", List.of(), arguments -> new ShowCommand.HideProduct());
        add("countdown.start", "Starts a flash-sale countdown for a number of seconds or to a time of day.", List.of(
                        optional("seconds", INTEGER, "length in seconds, 1 to 86400 (or give until)"),
                        optional("until", TIME_OF_DAY, "time of day it ends, e.g. \"21:30\" (or give seconds)"),
                        optional("label", TEXT, "text above the time, e.g. \"Flash sale ends in\""),
                        choice("endAction", OPTIONAL, "what happens at zero (default hide)", EndAction.commandNames()),
                        optional("promo", TEXT, "promo code to reveal at zero (with endAction revealPromo)")),
                ShowCommands::startCountdown);
        add("countdown.adjust", "Adds seconds to the running countdown (negative to take some away).",
                List.of(required("seconds", INTEGER, "seconds to add, -86400 to 86400")),
                arguments -> new ShowCommand.AdjustCountdown(Duration.ofSeconds(
                        arguments.integer("seconds", -MAX_COUNTDOWN_SECONDS, MAX_COUNTDOWN_SECONDS).orElseThrow())));
        add("countdown.stop", "Stops and hides the countdown.", List.of(), arguments -> new ShowCommand.StopCountdown());
        add("promo.show", "Shows a promo code with its discount and time left.",
                List.of(required("code", TEXT, "the promo code, e.g. \"LIVE20\"")),
                arguments -> new ShowCommand.ShowPromo(arguments.text("code")));
        add("promo.hide", "Hides the promo code.", List.of(), arguments -> new ShowCommand.HidePromo());
        add("lowerThird.show", "Shows a name and role at the bottom.", List.of(
                        required("name", TEXT, "the name, e.g. \"Camille Laurent\""),
                        optional("role", TEXT, "the role, e.g. \"Host\"")),
                arguments -> new ShowCommand.ShowLowerThird(arguments.text("name"), arguments.optionalText("role").orElse("")));
        add("lowerThird.hide", "Hides the lower third.", List.of(), arguments -> new ShowCommand.HideLowerThird());
        add("banner.show", "Shows a scrolling banner.", List.of(required("text", TEXT, "the banner's text")),
                arguments -> new ShowCommand.ShowBanner(arguments.text("text")));
        add("banner.hide", "Hides the banner.", List.of(), arguments -> new ShowCommand.HideBanner());
        add("comment.pin", "Puts a viewer's comment on air.", List.of(
                        required("author", TEXT, "who wrote it"),
                        required("text", TEXT, "what they wrote"),
                        optional("platform", TEXT, "where: twitch, youtube, irc, ...")),
                arguments -> new ShowCommand.PinComment(arguments.text("author"), arguments.text("text"),
                        arguments.optionalText("platform").orElse("chat")));
        add("chat.pin", "Puts a chat message on air as the pinned comment (comment.unpin takes it off).",
                List.of(required("message", INTEGER, "the message's id, as GET /api/v1/chat/messages lists it")),
                arguments -> new ShowCommand.PinChatMessage(arguments.integer("message", 1, Integer.MAX_VALUE)
                        .orElseThrow()));
        add("comment.unpin", "Takes the pinned comment off air.", List.of(), arguments -> new ShowCommand.UnpinComment());
        add("stock.set", "Sets a product's stock; its card and counter update at once.", List.of(product,
                        required("stock", INTEGER, "units left, 0 to 1000000")),
                arguments -> new ShowCommand.SetStock(arguments.text("product"),
                        arguments.integer("stock", 0, MAX_STOCK).orElseThrow()));
        add("stock.show", "Shows a product's live stock counter.", List.of(product),
                arguments -> new ShowCommand.ShowStock(arguments.text("product")));
        add("stock.hide", "Hides the stock counter.", List.of(), arguments -> new ShowCommand.HideStock());
        add("overlay.hideAll", "Takes every graphic off air.", List.of(), arguments -> new ShowCommand.HideAll());
        add("stream.start", "Goes live to the studio's destinations (already live: nothing changes).", List.of(),
                arguments -> new ShowCommand.StartStream());
        add("stream.stop", "Stops every destination; the recording goes on.", List.of(),
                arguments -> new ShowCommand.StopStream());
        add("record.start", "Starts recording where the studio records (already recording: nothing changes).",
                List.of(), arguments -> new ShowCommand.StartRecording());
        add("record.stop", "Finishes the recording; the streams go on.", List.of(),
                arguments -> new ShowCommand.StopRecording());
        add("layout.set", "Switches the program's layout.",
                List.of(choice("layout", REQUIRED, "how the sources are arranged", LAYOUT_NAMES)),
                arguments -> new ShowCommand.SetLayout(layoutNamed(arguments.text("layout"))));
        add("chat.pinNextQuestion", "Puts the oldest unanswered chat question on air as the pinned comment.",
                List.of(), arguments -> new ShowCommand.PinNextQuestion());
        add("runSheet.start", "Starts the run-sheet at its first segment; rehearsal runs it with the outputs off.",
                List.of(choice("mode", OPTIONAL, "live or rehearsal (default live)", RUN_MODES)),
                arguments -> new ShowCommand.StartRunSheet(arguments.optionalText("mode")
                        .map(value -> RunMode.byCommandName(value).orElseThrow(() -> new InvalidArgument("mode",
                                quote(value) + " is not one of " + String.join(", ", RUN_MODES))))
                        .orElse(RunMode.LIVE)));
        add("runSheet.stop", "Ends the run of the run-sheet; no more cues fire.", List.of(),
                arguments -> new ShowCommand.StopRunSheet());
        add("cue.go", "Fires the current segment's next cue that waits for go (the space bar).", List.of(),
                arguments -> new ShowCommand.GoCue());
        add("cue.skip", "Skips a cue that has not fired: the one given, or the current segment's next one.",
                List.of(optional("cue", TEXT, "the cue's id (default: the next cue)")),
                arguments -> new ShowCommand.SkipCue(arguments.optionalText("cue")));
        add("segment.next", "Ends the current segment and starts the next one.", List.of(),
                arguments -> new ShowCommand.NextSegment());
        add("segment.previous", "Goes back to the segment before the current one.", List.of(),
                arguments -> new ShowCommand.PreviousSegment());
        add("segment.goto", "Starts the segment with this id now.",
                List.of(required("segment", TEXT, "the segment's id, as the run-sheet names it")),
                arguments -> new ShowCommand.GoToSegment(arguments.text("segment")));
        add("show.hold", "Holds the show: the segment clock stops, timed cues wait.", List.of(),
                arguments -> new ShowCommand.HoldShow());
        add("show.resume", "Resumes a held show where its segment clock stopped.", List.of(),
                arguments -> new ShowCommand.ResumeShow());
    }

    private ShowCommands() {
    }

    private static void add(String name, String description, List<ArgumentSpec> arguments,
                            Function<Arguments, ShowCommand> parser) {
        COMMANDS.put(name, new Entry(new CommandSpec(name, description, arguments), parser));
    }

    /** Every command with its arguments, in a stable order. */
    public static List<CommandSpec> specs() {
        return COMMANDS.values().stream().map(Entry::spec).toList();
    }

    public static Optional<CommandSpec> spec(String name) {
        return Optional.ofNullable(COMMANDS.get(name)).map(Entry::spec);
    }

    /**
     * Parses a command from its name and arguments as decoded from JSON (String, Number, Boolean, null, or nested
     * maps and lists, which no argument accepts).
     */
    public static ShowCommand parse(String name, Map<String, ?> arguments) throws CommandException {
        Entry entry = name == null ? null : COMMANDS.get(name);
        if (entry == null) {
            throw new CommandException("command", "unknown command " + quote(name) + "; known: "
                    + String.join(", ", COMMANDS.keySet()));
        }
        Set<String> known = new TreeSet<>();
        entry.spec.arguments().forEach(argument -> known.add(argument.name()));
        for (String given : arguments.keySet()) {
            if (!known.contains(given)) {
                throw new CommandException(given, "unknown argument for " + name
                        + (known.isEmpty() ? ", which takes none" : "; it takes: " + String.join(", ", known)));
            }
        }
        try {
            return entry.parser.apply(new Arguments(entry.spec, arguments));
        } catch (InvalidArgument invalid) {
            throw new CommandException(invalid.field, invalid.getMessage());
        }
    }

    private static ShowCommand startCountdown(Arguments arguments) {
        Optional<Integer> seconds = arguments.integer("seconds", 1, MAX_COUNTDOWN_SECONDS);
        Optional<LocalTime> until = arguments.timeOfDay("until");
        if (seconds.isPresent() == until.isPresent()) {
            throw new InvalidArgument(seconds.isPresent() ? "until" : "seconds",
                    "give either seconds or until, not " + (seconds.isPresent() ? "both" : "neither"));
        }
        EndAction endAction = arguments.optionalText("endAction")
                .map(value -> EndAction.byCommandName(value).orElseThrow(() -> new InvalidArgument("endAction",
                        quote(value) + " is not one of " + String.join(", ", EndAction.commandNames()))))
                .orElse(EndAction.HIDE);
        Optional<String> promo = arguments.optionalText("promo");
        if (endAction == EndAction.REVEAL_PROMO && promo.isEmpty()) {
            throw new InvalidArgument("promo", "endAction revealPromo needs the promo code to reveal");
        }
        return new ShowCommand.StartCountdown(seconds.map(Duration::ofSeconds), until,
                arguments.optionalText("label").orElse(""), endAction, promo);
    }

    private static Layout layoutNamed(String name) {
        Layout layout = LAYOUTS.get(name);
        if (layout == null) {
            throw new InvalidArgument("layout", quote(name) + " is not one of " + String.join(", ", LAYOUT_NAMES));
        }
        return layout;
    }

    /** The name commands use for a layout, e.g. {@code pictureInPicture}. */
    public static String layoutName(Layout layout) {
        return LAYOUTS.entrySet().stream().filter(entry -> entry.getValue() == layout).findFirst().orElseThrow().getKey();
    }

    private static String quote(Object value) {
        return value == null ? "null" : "\"" + value.toString().replaceAll("\\p{Cntrl}", "?") + "\"";
    }

    /** An argument that cannot be used, thrown inside the parsers and turned into a {@link CommandException}. */
    private static final class InvalidArgument extends RuntimeException {
        private final String field;

        InvalidArgument(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** Typed access to the given arguments; every failure names the field. */
    private record Arguments(CommandSpec spec, Map<String, ?> values) {

        String text(String field) {
            return optionalText(field).orElseThrow(() -> new InvalidArgument(field, "missing; " + describe(field)));
        }

        Optional<String> optionalText(String field) {
            Object value = values.get(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String text)) {
                throw new InvalidArgument(field, "must be a string, got " + typeOf(value));
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new InvalidArgument(field, "is " + text.length() + " characters long; at most "
                        + MAX_TEXT_LENGTH);
            }
            return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
        }

        Optional<Integer> integer(String field, int minimum, int maximum) {
            Object value = values.get(field);
            if (value == null) {
                if (required(field)) {
                    throw new InvalidArgument(field, "missing; " + describe(field));
                }
                return Optional.empty();
            }
            BigDecimal number;
            try {
                number = switch (value) {
                    case Number n -> new BigDecimal(n.toString());
                    case String s -> new BigDecimal(s.strip());
                    default -> throw new InvalidArgument(field, "must be a whole number, got " + typeOf(value));
                };
            } catch (NumberFormatException e) {
                throw new InvalidArgument(field, "must be a whole number, got " + quote(value));
            }
            if (number.stripTrailingZeros().scale() > 0) {
                throw new InvalidArgument(field, "must be a whole number, got " + number.toPlainString());
            }
            if (number.compareTo(BigDecimal.valueOf(minimum)) < 0 || number.compareTo(BigDecimal.valueOf(maximum)) > 0) {
                throw new InvalidArgument(field, "must be " + minimum + " to " + maximum + ", got " + number.toPlainString());
            }
            return Optional.of(number.intValueExact());
        }

        Optional<LocalTime> timeOfDay(String field) {
            Optional<String> text = optionalText(field);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (!TIME_OF_DAY_PATTERN.matcher(text.get()).matches()) {
                throw new InvalidArgument(field, "must be a time of day like \"21:30\", got " + quote(text.get()));
            }
            try {
                String padded = text.get().length() % 3 == 1 ? "0" + text.get() : text.get();
                return Optional.of(LocalTime.parse(padded));
            } catch (DateTimeParseException e) {
                throw new InvalidArgument(field, "is not a time of day: " + quote(text.get()));
            }
        }

        private boolean required(String field) {
            return spec.arguments().stream()
                    .anyMatch(argument -> argument.name().equals(field) && argument.requirement() == REQUIRED);
        }

        private String describe(String field) {
            return spec.arguments().stream().filter(argument -> argument.name().equals(field)).findFirst()
                    .map(ArgumentSpec::description).orElse(field);
        }

        private static String typeOf(Object value) {
            return switch (value) {
                case String s -> "a string";
                case Number n -> "a number";
                case Boolean b -> "true/false";
                case Map<?, ?> m -> "an object";
                case List<?> l -> "a list";
                default -> value.getClass().getSimpleName();
            };
        }
    }

    /** The command's arguments as a JSON-like map, the inverse of {@link #parse} (for events and run-sheets). */
    public static Map<String, Object> argumentsOf(ShowCommand command) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        switch (command) {
            case ShowCommand.ShowProduct c -> arguments.put("product", c.product());
            case ShowCommand.StartCountdown c -> {
                c.duration().ifPresent(d -> arguments.put("seconds", d.toSeconds()));
                c.until().ifPresent(t -> arguments.put("until", t.toString()));
                if (!c.label().isEmpty()) {
                    arguments.put("label", c.label());
                }
                arguments.put("endAction", c.endAction().commandName());
                c.promo().ifPresent(p -> arguments.put("promo", p));
            }
            case ShowCommand.AdjustCountdown c -> arguments.put("seconds", c.change().toSeconds());
            case ShowCommand.ShowPromo c -> arguments.put("code", c.code());
            case ShowCommand.ShowLowerThird c -> {
                arguments.put("name", c.hostName());
                if (!c.role().isEmpty()) {
                    arguments.put("role", c.role());
                }
            }
            case ShowCommand.ShowBanner c -> arguments.put("text", c.text());
            case ShowCommand.PinComment c -> {
                arguments.put("author", c.author());
                arguments.put("text", c.text());
                arguments.put("platform", c.platform());
            }
            case ShowCommand.SetStock c -> {
                arguments.put("product", c.product());
                arguments.put("stock", c.stock());
            }
            case ShowCommand.ShowStock c -> arguments.put("product", c.product());
            case ShowCommand.ShowNextProduct c -> { }
            case ShowCommand.HideProduct c -> { }
            case ShowCommand.StopCountdown c -> { }
            case ShowCommand.HidePromo c -> { }
            case ShowCommand.HideLowerThird c -> { }
            case ShowCommand.HideBanner c -> { }
            case ShowCommand.UnpinComment c -> { }
            case ShowCommand.HideStock c -> { }
            case ShowCommand.HideAll c -> { }
            case ShowCommand.StartStream c -> { }
            case ShowCommand.StopStream c -> { }
            case ShowCommand.StartRecording c -> { }
            case ShowCommand.StopRecording c -> { }
            case ShowCommand.SetLayout c -> arguments.put("layout", layoutName(c.layout()));
            case ShowCommand.PinChatMessage c -> arguments.put("message", c.message());
            case ShowCommand.PinNextQuestion c -> { }
            case ShowCommand.StartRunSheet c -> arguments.put("mode", c.mode().commandName());
            case ShowCommand.StopRunSheet c -> { }
            case ShowCommand.GoCue c -> { }
            case ShowCommand.SkipCue c -> c.cue().ifPresent(cue -> arguments.put("cue", cue));
            case ShowCommand.NextSegment c -> { }
            case ShowCommand.PreviousSegment c -> { }
            case ShowCommand.GoToSegment c -> arguments.put("segment", c.segment());
            case ShowCommand.HoldShow c -> { }
            case ShowCommand.ResumeShow c -> { }
        }
        return arguments;
    }

    /** Every command name, for messages. */
    public static List<String> names() {
        return new ArrayList<>(COMMANDS.keySet());
    }
}
